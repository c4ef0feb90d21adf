package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.RunFiles;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.internal.report.ContractCoverage;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A finished run's reports with the contract's coverage, the same for {@code imkit run}, {@code imkit report} and
 * a build that uses the kit as a test dependency.
 *
 * <pre>{@code
 * Verdict v = RunReports.write(folder, run, Results.read(folder.dir()), Optional.empty());
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class RunReports {
  private RunReports() {
  }

  /**
   * How much of the contract at {@code revision} ({@code ""}: the current one) the results judged: overall, per
   * category against that category's own rules, and the rules no check covers. Unknown when no result names a rule
   * of the contract: an exploration's findings judge sequences, and "0 of 396 rules" would misread them.
   */
  public static Coverage coverage(String revision, List<CheckResult> results) {
    if (results.stream().allMatch(r -> r.rules().isEmpty())) {
      return Coverage.unknown();
    }
    String at = revision.isEmpty() ? Revisions.current().name() : revision;
    return ContractCoverage.of(Contract.at(at), Catalogue.at(at), results);
  }

  /** Writes {@code run.json}, {@code report.html}, the Allure results and the JUnit XML; returns the verdict. */
  public static Verdict write(ReportFolder folder, RunInfo run, List<CheckResult> results,
      Optional<Baseline> baseline) {
    return RunFiles.write(folder, run, results, baseline, coverage(run.revision(), results));
  }
}
