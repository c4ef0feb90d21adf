package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Verdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one verdict of a run: blocked checks are counted and never a plain pass. */
class VerdictTest {
  private static final List<CheckResult> ALL = Samples.results();

  private static List<CheckResult> without(CheckStatus... statuses) {
    return ALL.stream().filter(r -> !List.of(statuses).contains(r.status())).toList();
  }

  @Test
  void aFailureFails() {
    Verdict v = Verdict.of(ALL, true, Set.of());

    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.FAIL);
    assertThat(v.passes()).isFalse();
    assertThat(v.line()).isEqualTo("FAIL: 46 checks: 37 passed, 3 failed, 3 blocked, 1 known failures, 1 advisories, "
        + "1 skipped");
  }

  @Test
  void blockedChecksAreNeverAPlainPassUnlessTheBaselineAccountsForThem() {
    List<CheckResult> blocked = without(CheckStatus.FAIL);

    Verdict unexplained = Verdict.of(blocked, true, Set.of());
    Verdict listed = Verdict.of(blocked, true, Set.copyOf(Samples.BLOCKED));

    assertThat(unexplained.outcome()).isEqualTo(Verdict.Outcome.BLOCKED);
    assertThat(unexplained.passes()).isFalse();
    assertThat(unexplained.unexplainedBlocked()).containsExactlyInAnyOrderElementsOf(Samples.BLOCKED);
    assertThat(listed.outcome()).isEqualTo(Verdict.Outcome.BLOCKED);
    assertThat(listed.passes()).isTrue();
  }

  @Test
  void aBlockedCheckWhoseCauseIsAKnownFailureIsAccountedFor() {
    List<CheckResult> held = ALL.stream().map(r -> r.status() == CheckStatus.FAIL && r.id().equals(Samples.MISSING)
        ? r.withStatus(CheckStatus.KNOWN, r.message()) : r).filter(r -> r.status() != CheckStatus.FAIL).toList();

    Verdict v = Verdict.of(held, true, Set.of(Samples.MISSING));

    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.BLOCKED);
    assertThat(v.unexplainedBlocked()).isEmpty();
    assertThat(v.passes()).isTrue();
  }

  @Test
  void anUnfinishedRunIsIncompleteAndAnAllSkippedRunHasNoResults() {
    assertThat(Verdict.of(without(CheckStatus.FAIL, CheckStatus.BLOCKED), false, Set.of()).outcome())
        .isEqualTo(Verdict.Outcome.INCOMPLETE);
    assertThat(Verdict.of(List.of(Samples.result("X", "STATE", "A", CheckStatus.SKIP, "")), true, Set.of()).outcome())
        .isEqualTo(Verdict.Outcome.NO_RESULTS);
    assertThat(Verdict.of(without(CheckStatus.FAIL, CheckStatus.BLOCKED), true, Set.of()).passes()).isTrue();
  }
}
