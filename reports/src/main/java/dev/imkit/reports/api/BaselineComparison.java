package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A run's failures held against a {@link Baseline}.
 *
 * @param newFailures IDs of checks that failed and are not in the baseline: these fail a CI gate
 * @param knownFailures IDs of checks that failed and are in the baseline
 * @param fixed IDs in the baseline whose checks now pass (a baseline entry whose check was skipped or did not
 *     run is neither fixed nor failing)
 */
@API(status = EXPERIMENTAL)
public record BaselineComparison(List<String> newFailures, List<String> knownFailures, List<String> fixed) {

  /** Copies the lists. */
  public BaselineComparison {
    newFailures = List.copyOf(newFailures);
    knownFailures = List.copyOf(knownFailures);
    fixed = List.copyOf(fixed);
  }

  /** Whether the run has no new failure. */
  public boolean passes() {
    return newFailures.isEmpty();
  }

  /** Every check that failed, new or known: the baseline to write to accept the current state. */
  public List<String> stillFailing() {
    List<String> all = new ArrayList<>(newFailures);
    all.addAll(knownFailures);
    return List.copyOf(all);
  }
}
