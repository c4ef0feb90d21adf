package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.api.CheckResult;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a differential exploration ({@link Exploration}) found: one check record per finding (category STATE,
 * IDs {@code STATE-EXPLORE-*}; MUST findings FAIL, SHOULD ones are ADVISORY, findings in the baseline KNOWN), how
 * far it went, and the revision the target was held to.
 *
 * @param findings the findings, by ID
 * @param progress sequences, steps, requests and time at the end
 * @param revision the revision the target (and the reference) were held to
 */
@API(status = EXPERIMENTAL)
public record ExplorationResult(List<CheckResult> findings, ExplorationProgress progress, String revision) {

  public ExplorationResult {
    findings = List.copyOf(findings);
  }

  /** Whether a MUST finding not in the baseline was made (a run with it fails). */
  public boolean failed() {
    return findings.stream().anyMatch(f -> f.status() == dev.imkit.reports.api.CheckStatus.FAIL);
  }
}
