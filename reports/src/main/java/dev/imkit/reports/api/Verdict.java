package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The verdict of a run, the same in the terminal, {@code run.json}, {@code report.html} and the exit code: FAIL
 * when a check failed; INCOMPLETE when the run did not finish; NO RESULTS when nothing was judged; BLOCKED when
 * checks could not be judged (never a plain pass); else PASS.
 *
 * <pre>{@code
 * Verdict v = Verdict.of(results, true, baseline.checkIds());
 * System.out.println(v.line());        // FAIL: 900 checks: 880 passed, 4 failed, 3 blocked, ...
 * System.exit(v.passes() ? 0 : 1);
 * }</pre>
 *
 * @param outcome what the run amounts to
 * @param counts how many checks ended with each status
 * @param unexplainedBlocked the blocked checks that neither the baseline nor a known failure accounts for
 */
@API(status = EXPERIMENTAL)
public record Verdict(Outcome outcome, Map<CheckStatus, Integer> counts, List<String> unexplainedBlocked) {

  /** What a run amounts to. */
  @API(status = EXPERIMENTAL)
  public enum Outcome {
    /** Every judged check passed (or failed only as the baseline expects), and none was blocked. */
    PASS,
    /** At least one check failed that the baseline does not list. */
    FAIL,
    /** Nothing failed, but checks could not be judged because of another deviation of the target. */
    BLOCKED,
    /** The run did not finish: the checks that never ran are missing. */
    INCOMPLETE,
    /** No check was judged (all were skipped, or none ran). */
    NO_RESULTS;

    /** How the report writes it: {@code NO RESULTS}, {@code PASS}, ... */
    public String title() {
      return name().replace('_', ' ');
    }
  }

  /** Copies the collections. */
  public Verdict {
    counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    unexplainedBlocked = List.copyOf(unexplainedBlocked);
  }

  /**
   * The verdict of {@code results} (already held against the baseline: known failures are KNOWN).
   *
   * @param finished whether the run ended normally
   * @param known the baseline's check IDs: a blocked check it lists, or one whose cause a known failure reports,
   *     is accounted for
   */
  public static Verdict of(List<CheckResult> results, boolean finished, Set<String> known) {
    Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
    for (CheckStatus s : CheckStatus.values()) {
      counts.put(s, 0);
    }
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    Set<String> knownFailures = results.stream().filter(r -> r.status() == CheckStatus.KNOWN)
        .map(CheckResult::id).collect(Collectors.toSet());
    List<String> unexplained = results.stream().filter(r -> r.status() == CheckStatus.BLOCKED)
        .filter(r -> !known.contains(r.id())
            && (r.cause() == null || !knownFailures.contains(r.cause().reportedBy())))
        .map(CheckResult::id).toList();
    return new Verdict(outcome(counts, results.size(), finished), counts, unexplained);
  }

  private static Outcome outcome(Map<CheckStatus, Integer> counts, int total, boolean finished) {
    if (counts.get(CheckStatus.FAIL) > 0) {
      return Outcome.FAIL;
    }
    if (!finished) {
      return Outcome.INCOMPLETE;
    }
    if (counts.get(CheckStatus.SKIP) == total) {
      return Outcome.NO_RESULTS;
    }
    return counts.get(CheckStatus.BLOCKED) > 0 ? Outcome.BLOCKED : Outcome.PASS;
  }

  /** How many checks ended with {@code status}. */
  public int count(CheckStatus status) {
    return counts.getOrDefault(status, 0);
  }

  /** How many checks the run recorded. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Whether a CI gate passes: the outcome is PASS, or BLOCKED with every blocked check accounted for by the
   * baseline. Exit code 0 when it does, 1 when it does not.
   */
  public boolean passes() {
    return outcome == Outcome.PASS || outcome == Outcome.BLOCKED && unexplainedBlocked.isEmpty();
  }

  /** The counts as one line: {@code 900 checks: 880 passed, 4 failed, 3 blocked, ...}. */
  public String countsLine() {
    return total() + " checks: " + count(CheckStatus.PASS) + " passed, " + count(CheckStatus.FAIL) + " failed, "
        + count(CheckStatus.BLOCKED) + " blocked, " + count(CheckStatus.KNOWN) + " known failures, "
        + count(CheckStatus.ADVISORY) + " advisories, " + count(CheckStatus.SKIP) + " skipped";
  }

  /** The verdict line: {@code FAIL: 900 checks: ...}. */
  public String line() {
    return outcome.title() + ": " + countsLine();
  }
}
