package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The VALIDATION checks pass against the emulator, and each VALIDATION fault fails exactly the checks listed. */
class ValidationChecksTest {
  /** These runs use the JDK client (the other categories' tests the default one): both must give the same. */
  private static final Map<String, String> FAST = Map.of("imkit.http", "jdk");
  private static final List<String> IDS = Catalogue.current().stream()
      .filter(c -> c.category() == Category.VALIDATION).map(CheckInfo::id).toList();

  @Test
  void everyCheckPassesAgainstTheCleanEmulator() {
    Runs.Outcome outcome = Runs.run(FAST, Category.VALIDATION);
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted()).isEmpty();
    assertThat(outcome.passed()).containsExactlyInAnyOrderElementsOf(IDS);
  }

  @Test
  void idsAreUniqueAndOnePerExpressibleRuleSite() {
    assertThat(new HashSet<>(IDS)).hasSize(IDS.size());
    // 631 rule sites at 2023-11-16, less the three required /tags/{resourceArn} labels
    assertThat(IDS).hasSize(628).contains("VAL-ENUM-StartIncident-relatedItems[].identifier.type",
        "VAL-MINENTRIES-CreateResponsePlan-actions[].ssmAutomation.dynamicParameters",
        "VAL-TYPE-CreateReplicationSet-regions{}.sseKmsKeyId", "VAL-REQUIRED-GetResponsePlan-arn");
    assertThat(IDS).allMatch(id -> id.matches("[A-Za-z0-9.\\[\\]{}_-]+"));
  }

  @Test
  void sinceIsTheRevisionThatIntroducedTheRule() {
    Map<String, String> since = Catalogue.current().stream().filter(c -> c.category() == Category.VALIDATION)
        .collect(Collectors.toMap(CheckInfo::id, CheckInfo::since));
    assertThat(since.get("VAL-REQUIRED-GetResponsePlan-arn")).isEqualTo("2021-05-11");
    assertThat(since.get("VAL-REQUIRED-ListIncidentFindings-incidentRecordArn")).isEqualTo("2023-11-16");
    assertThat(since.get("VAL-MINENTRIES-CreateResponsePlan-actions[].ssmAutomation.dynamicParameters"))
        .isEqualTo("2022-05-12");
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("accept-unknown-enum", Set.of("ENUM"), Set.of(), Set.of()),
        Arguments.of("ignore-required", Set.of("REQUIRED"),
            // the emulator's filter checks still refuse these
            Set.of("VAL-REQUIRED-ListIncidentRecords-filters[].condition",
                "VAL-REQUIRED-ListIncidentRecords-filters[].key",
                "VAL-REQUIRED-ListTimelineEvents-filters[].condition", "VAL-REQUIRED-ListTimelineEvents-filters[].key"),
            // an empty list in the query string is no parameter at all: a missing required member
            Set.of("VAL-MINITEMS-UntagResource-tagKeys")),
        Arguments.of("accept-union-two-members", Set.of("UNIONMULTIPLE"),
            Set.of("VAL-UNIONMULTIPLE-ListIncidentRecords-filters[].condition",
                "VAL-UNIONMULTIPLE-ListIncidentRecords-filters[].condition.equals",
                "VAL-UNIONMULTIPLE-ListTimelineEvents-filters[].condition",
                "VAL-UNIONMULTIPLE-ListTimelineEvents-filters[].condition.equals",
                "VAL-UNIONMULTIPLE-UpdateReplicationSet-actions[]"), Set.of()),
        Arguments.of("ignore-length", Set.of("MINLENGTH", "MAXLENGTH", "KEYMINLENGTH", "KEYMAXLENGTH"),
            // refused for another reason: tokens not issued, unknown filter keys, replication set rules
            Set.of("VAL-MAXLENGTH-GetResourcePolicies-nextToken", "VAL-MAXLENGTH-ListIncidentFindings-nextToken",
                "VAL-MAXLENGTH-ListIncidentRecords-filters[].condition.equals.stringValues[]",
                "VAL-MAXLENGTH-ListIncidentRecords-filters[].key", "VAL-MAXLENGTH-ListIncidentRecords-nextToken",
                "VAL-MAXLENGTH-ListRelatedItems-nextToken", "VAL-MAXLENGTH-ListReplicationSets-nextToken",
                "VAL-MAXLENGTH-ListResponsePlans-nextToken",
                "VAL-MAXLENGTH-ListTimelineEvents-filters[].condition.equals.stringValues[]",
                "VAL-MAXLENGTH-ListTimelineEvents-filters[].key", "VAL-MAXLENGTH-ListTimelineEvents-nextToken",
                "VAL-MAXLENGTH-UpdateReplicationSet-actions[].addRegionAction.sseKmsKeyId",
                "VAL-MAXLENGTH-UpdateReplicationSet-clientToken"), Set.of()),
        Arguments.of("ignore-pattern", Set.of("PATTERN", "KEYPATTERN"), Set.of(), Set.of()),
        Arguments.of("ignore-range", Set.of("MINIMUM", "MAXIMUM"), Set.of(), Set.of()),
        Arguments.of("ignore-collection-size", Set.of("MINITEMS", "MAXITEMS", "MINENTRIES", "MAXENTRIES"),
            Set.of("VAL-MAXITEMS-ListIncidentRecords-filters",
                "VAL-MAXITEMS-ListIncidentRecords-filters[].condition.equals.integerValues",
                "VAL-MAXITEMS-ListIncidentRecords-filters[].condition.equals.stringValues",
                "VAL-MAXITEMS-ListTimelineEvents-filters",
                "VAL-MAXITEMS-ListTimelineEvents-filters[].condition.equals.integerValues",
                "VAL-MAXITEMS-ListTimelineEvents-filters[].condition.equals.stringValues",
                "VAL-MAXITEMS-UpdateReplicationSet-actions", "VAL-MINITEMS-UntagResource-tagKeys"), Set.of()),
        Arguments.of("validation-as-500", kinds(), Set.of(), Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void eachFaultFailsExactlyItsChecks(String fault, Set<String> kinds, Set<String> stillRefused, Set<String> extra) {
    Set<String> expected = new TreeSet<>(extra);
    IDS.stream().filter(id -> kinds.contains(id.split("-")[1]) && !stillRefused.contains(id)).forEach(expected::add);
    Runs.Outcome outcome = Runs.run(with(fault), Category.VALIDATION);
    assertThat(outcome.failures().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(outcome.aborted()).isEmpty();
  }

  @Test
  void aFailureNamesTheOperationTheRuleTheAnswerAndHowToReplay() {
    Map<String, String> params = new java.util.HashMap<>(with("ignore-range"));
    params.put("imkit.only", "VAL-MAXIMUM-ListResponsePlans-maxResults");
    params.put("imkit.seed", "42");
    Runs.Outcome outcome = Runs.run(params, Category.VALIDATION);
    String message = outcome.failures().get("VAL-MAXIMUM-ListResponsePlans-maxResults");
    assertThat(message).startsWith("ListResponsePlans: MaxResults maximum 1..100")
        .contains("expected HTTP 400 ValidationException", "ABOVE_MAXIMUM at '/maxResults'",
            "the target answered 200 {", "seed 42");
    var record = outcome.records().stream().filter(r -> r.id().equals("VAL-MAXIMUM-ListResponsePlans-maxResults"))
        .findFirst().orElseThrow();
    assertThat(record.replay()).contains("--only VAL-MAXIMUM-ListResponsePlans-maxResults", "--seed 42",
        "--fault ignore-range", "--revision 2023-11-16");
    assertThat(record.failingExchange().orElseThrow().status()).isEqualTo(200);
  }

  @Test
  void withoutItsReferencesEveryCheckIsSkippedForOneReasonTriedOnce() {
    // CreateReplicationSet answers without its arn: nothing to refer to
    Runs.Outcome outcome = Runs.run(with("drop-required-output"), Category.VALIDATION);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted()).hasSize(IDS.size());
    assertThat(new HashSet<>(outcome.aborted().values())).hasSize(1);
    assertThat(outcome.aborted().values().iterator().next()).startsWith("BLOCKED by CreateReplicationSet");
    long requests = outcome.records().stream().mapToLong(r -> r.requests()).sum();
    assertThat(requests).isLessThan(10);
  }

  /** A fault run, at the current revision: faults may mislead revision detection, which is not tested here. */
  private static Map<String, String> with(String fault) {
    return Map.of("imkit.http", "jdk", "imkit.emulator.faults", fault, "imkit.revision", Revisions.current().name());
  }

  private static Set<String> kinds() {
    return IDS.stream().map(id -> id.split("-")[1]).collect(Collectors.toSet());
  }
}
