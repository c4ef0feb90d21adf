package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.api.Exploration;
import dev.imkit.suites.api.ExplorationResult;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.explore.Budget;
import dev.imkit.suites.internal.explore.Explorer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential exploration against the embedded emulator: nothing against the clean emulator within the default
 * budget; each fault only a sequence shows found within the default budget and shrunk to at most four steps, with
 * the steps, both sides' answers and a replay command that finds it again.
 */
class ExplorationTest {
  private static final String SEED = System.getProperty("explore.seed", "11");
  private static final Pattern STEP = Pattern.compile("^(\\d+)\\. .*");

  private static Settings settings(Map<String, String> values) {
    return Settings.defaults().with(Settings.SEED, SEED).with(values);
  }

  @Test
  void theCleanEmulatorShowsNothingWithinTheDefaultBudget() {
    ExplorationResult result = Exploration.run(settings(Map.of()));
    assertThat(result.findings()).isEmpty();
    assertThat(result.progress().sequences()).isEqualTo(Budget.DEFAULT_SEQUENCES);
    assertThat(result.progress().steps()).isGreaterThan(Budget.DEFAULT_SEQUENCES * 8);
    assertThat(result.revision()).isEqualTo("2023-11-16");
  }

  static Stream<Arguments> sequenceFaults() {
    return Stream.of(
        Arguments.of("delete-leaves-in-lists", "STATE-EXPLORE-LISTED-Delete(ResponsePlan|IncidentRecord)-extra"),
        Arguments.of("tags-survive-delete", "STATE-EXPLORE-TAGS-.*-plan"),
        // a walk that missed an item while the sequence wrote is a SHOULD finding (an advisory): the fault must be
        // found as a MUST one, an item repeated or an existing one missing
        Arguments.of("page-token-broken-by-insert", "STATE-EXPLORE-(WALK|LISTED)-.*-(repeated|missing)"),
        Arguments.of("update-drops-member", "STATE-EXPLORE-MEMBER-Update(ResponsePlan|IncidentRecord)-.*"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sequenceFaults")
  void eachSequenceFaultIsFoundWithinTheDefaultBudgetAndShrunkToAtMostFourSteps(String fault, String expected) {
    Pattern id = Pattern.compile(expected);
    // the exploration stops early once it has what the test waits for, so it came within the default budget
    ExplorationResult result = new Explorer(settings(Map.of(Settings.EMULATOR_FAULTS, fault)), p -> { },
        found -> found.entrySet().stream().anyMatch(f -> id.matcher(f.getKey()).matches() && f.getValue() <= 4))
        .run();
    assertThat(result.progress().sequences()).isLessThanOrEqualTo(Budget.DEFAULT_SEQUENCES);
    CheckResult finding = result.findings().stream().filter(f -> id.matcher(f.id()).matches())
        .min(Comparator.comparingInt(ExplorationTest::steps)).orElseThrow(() -> new AssertionError(
            "no finding like " + expected + " among " + result.findings().stream().map(CheckResult::id).toList()));
    assertThat(steps(finding)).as(finding.message()).isBetween(1, 4);
    assertThat(finding.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(finding.level()).isEqualTo(Level.MUST);
    assertThat(finding.message()).contains("target:").contains("reference:").contains("after " + steps(finding)
        + " step(s):").containsPattern("(?m)^1\\. ");
    assertThat(finding.replay()).startsWith("./imkit explore --revision 2023-11-16 --fault " + fault + " --seed "
        + SEED + " --replay ");
    assertThat(finding.exchanges()).extracting(ExchangeRecord::role).contains(ExchangeRecord.Role.CHECK,
        ExchangeRecord.Role.CONTROL);
    assertThat(finding.failingExchange().orElseThrow().role()).isEqualTo(ExchangeRecord.Role.CHECK);
    assertThat(finding.cause().key()).isEqualTo("explore:" + finding.id());
  }

  @Test
  void aFindingsReplayRunsItsSequenceAloneAndFindsItAgain() {
    Map<String, String> faulty = Map.of(Settings.EMULATOR_FAULTS, "delete-leaves-in-lists");
    ExplorationResult first = new Explorer(settings(faulty), p -> { }, found -> !found.isEmpty()).run();
    CheckResult finding = first.findings().get(0);
    String sequence = finding.replay().replaceAll(".*--replay (\\d+).*", "$1");
    ExplorationResult again = Exploration.run(settings(Map.of(Settings.EMULATOR_FAULTS, "delete-leaves-in-lists",
        Settings.EXPLORE_REPLAY, sequence)));
    assertThat(again.progress().sequences()).isEqualTo(1);
    assertThat(again.findings()).extracting(CheckResult::id).contains(finding.id());
  }

  @Test
  void theShardsOfAnExplorationFindWhatTheWholeFinds() {
    Map<String, String> faulty = Map.of(Settings.EMULATOR_FAULTS, "delete-leaves-in-lists,tags-survive-delete",
        Settings.EXPLORE_SEQUENCES, "300");
    List<String> whole = ids(Exploration.run(settings(faulty)));
    List<String> shards = Stream.of("1/3", "2/3", "3/3").flatMap(k -> ids(Exploration.run(settings(faulty)
        .with(Settings.SHARD, k))).stream()).distinct().sorted().toList();
    assertThat(whole).isNotEmpty();
    assertThat(shards).isEqualTo(whole);
  }

  private static List<String> ids(ExplorationResult result) {
    return result.findings().stream().map(CheckResult::id).sorted().toList();
  }

  /** How many steps a finding's sequence has (its notes number them). */
  private static int steps(CheckResult finding) {
    return (int) finding.notes().stream().filter(n -> STEP.matcher(n).matches()).count();
  }
}
