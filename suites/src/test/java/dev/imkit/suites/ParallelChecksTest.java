package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.suites.api.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The VALIDATION checks run two (or more) at once by default. Against a poor implementation, several faults at
 * once, that changes nothing a user reads: every check's status, cause and order are those of a run that takes
 * them one at a time.
 */
class ParallelChecksTest {
  private static final String FAULTS = "lenient,refuse-long-names,refuse-empty-title,not-found-as-400,"
      + "no-error-type-header";

  @Test
  void checksRunAtOnceGiveTheVerdictsOfChecksRunOneAtATime() {
    Map<String, String> alone = verdicts("1");
    assertThat(alone.values().stream().map(v -> v.split(" ")[0])).contains("FAIL", "BLOCKED", "PASS");
    assertThat(verdicts("2")).containsExactlyEntriesOf(alone);
    assertThat(verdicts("4")).containsExactlyEntriesOf(alone);
  }

  /** Check ID → status and cause key, in the order of the records. */
  private static Map<String, String> verdicts(String parallel) {
    List<CheckResult> records = Runs.run(Map.of(Settings.EMULATOR_FAULTS, FAULTS, Settings.SEED, "42",
        Settings.PARALLEL, parallel), Category.VALIDATION).records();
    Map<String, String> verdicts = new LinkedHashMap<>();
    records.stream().filter(r -> r.status() != CheckStatus.SKIP).forEach(r -> verdicts.put(r.id(),
        r.status() + (r.cause() == null ? "" : " " + r.cause().key())));
    return verdicts;
  }
}
