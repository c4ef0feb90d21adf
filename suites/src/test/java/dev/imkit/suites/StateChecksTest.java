package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultCategory;
import dev.imkit.reports.api.Category;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The STATE checks pass against the clean emulator, and each STATE fault fails exactly the checks it should. */
class StateChecksTest {

  private static final Set<String> GONE_FROM_LISTS = Set.of("STATE-LIST-GONE-DeleteResponsePlan",
      "STATE-LIST-GONE-DeleteIncidentRecord");

  /** Fault → the STATE checks it fails. */
  private static final Map<Fault, Set<String>> FAILING = Map.ofEntries(
      Map.entry(Fault.DELETE_KEEPS, Set.of("STATE-DELETE-DeleteResponsePlan", "STATE-DELETE-DeleteIncidentRecord",
          "STATE-DELETE-DeleteTimelineEvent", "STATE-DELETE-DeleteResourcePolicy", "STATE-LIST-GONE-DeleteResponsePlan",
          "STATE-LIST-GONE-DeleteIncidentRecord", "STATE-LIST-GONE-DeleteTimelineEvent",
          "STATE-TAGS-GONE-DeleteResponsePlan")),
      Map.entry(Fault.UPDATE_DROPS_DYNAMIC_PARAMETERS, Set.of("STATE-UPDATE-UpdateResponsePlan")),
      Map.entry(Fault.LOSE_TITLE_OVERRIDE, Set.of("STATE-START-StartIncident-override")),
      Map.entry(Fault.BAD_GENERATED_ID, Set.of("STATE-GENID-UpdateRelatedItems")),
      Map.entry(Fault.RESOLVE_WITHOUT_TIME, Set.of("STATE-RESOLVE-UpdateIncidentRecord")),
      Map.entry(Fault.RELATED_ITEM_REMOVE_IGNORED, Set.of("STATE-REMOVE-UpdateRelatedItems",
          "STATE-LIST-KEPT-UpdateRelatedItems")),
      // the newest plan or incident is the one a check lists, before or after it deletes or updates it
      Map.entry(Fault.LIST_MISSES_NEWEST, Set.of("STATE-LIST-ListResponsePlans", "STATE-LIST-ListIncidentRecords",
          "STATE-LIST-GONE-DeleteResponsePlan", "STATE-LIST-GONE-DeleteIncidentRecord",
          "STATE-LIST-UPDATED-UpdateResponsePlan", "STATE-LIST-UPDATED-UpdateIncidentRecord")),
      Map.entry(Fault.TAGS_NOT_STORED, Set.of("STATE-TAGS-TagResource", "STATE-UNTAG-UntagResource",
          "STATE-TAGS-KEPT-TagResource")),
      Map.entry(Fault.FILTERS_IGNORED, Set.of("STATE-FILTER-ListIncidentRecords-status",
          "STATE-FILTER-ListIncidentRecords-impact", "STATE-FILTER-ListIncidentRecords-creationTime",
          "STATE-FILTER-ListIncidentRecords-createdBy", "STATE-FILTER-ListIncidentRecords-all-filters")),
      // oldest first whatever is asked
      Map.entry(Fault.SORT_IGNORED, Set.of("STATE-SORT-ListTimelineEvents-EVENT_TIME-DESCENDING")),
      Map.entry(Fault.DELETE_LEAVES_IN_LISTS, GONE_FROM_LISTS),
      Map.entry(Fault.TAGS_SURVIVE_DELETE, Set.of("STATE-TAGS-GONE-DeleteResponsePlan")),
      Map.entry(Fault.UPDATE_DROPS_MEMBER, Set.of("STATE-UPDATE-KEEPS-UpdateResponsePlan",
          "STATE-UPDATE-KEEPS-UpdateIncidentRecord")));

  /** Skipped by the embedded emulator, whose updates complete at once (SemanticChecksTest holds one in flight). */
  static final String CONFLICT = "STATE-CONFLICT-UpdateReplicationSet";

  /** A PAGINATION fault only a STATE check sees: a walk with an insert between its pages. */
  @Test
  void aPageTokenBrokenByAnInsertFailsTheWalksUnderInserts() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", Fault.PAGE_TOKEN_BROKEN_BY_INSERT.id()),
        Category.STATE);
    assertThat(outcome.failures().keySet()).containsExactlyInAnyOrder("STATE-LIST-INSERT-ListResponsePlans",
        "STATE-LIST-INSERT-ListIncidentRecords");
    assertThat(outcome.failures().get("STATE-LIST-INSERT-ListIncidentRecords"))
        .startsWith("ListIncidentRecords: ListIncidentRecords pages: a walk yields each item once")
        .contains("which the first page showed");
  }

  @Test
  void cleanEmulatorPassesEveryStateCheck() {
    Runs.Outcome outcome = Runs.run(Map.of(), Category.STATE);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted()).containsOnlyKeys(CONFLICT);
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.passed()).hasSizeGreaterThanOrEqualTo(42);
  }

  @Test
  void anOlderRevisionSkipsTheChecksOfLaterMembersAndPassesTheRest() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.revision", "2022-03-16"), Category.STATE);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted()).containsOnlyKeys("STATE-ADD-UpdateRelatedItems-INVOLVED_RESOURCE",
        "STATE-GENID-UpdateRelatedItems", "STATE-READBACK-CreateResponsePlan-dynamicParameters",
        "STATE-READBACK-CreateTimelineEvent-eventReferences", CONFLICT,
        "STATE-FILTER-ListTimelineEvents-eventReference", "STATE-START-StartIncident-incidentTags",
        "STATE-UPDATE-UpdateTimelineEvent-eventReferences");
  }

  @Test
  void everyStateFaultIsInTheTable() {
    assertThat(FAILING.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(Fault.values()).filter(f -> f.category() == FaultCategory.STATE).toList());
  }

  /**
   * Checks a fault keeps from being judged: the filtered lists miss the newest incident, where a check needs it
   * listed, and so does the list without filters, so the filter cannot be judged: blocked by
   * unlisted:ListIncidentRecords, which STATE-LIST-ListIncidentRecords reports.
   */
  private static final Map<Fault, Set<String>> BLOCKED = Map.of(Fault.LIST_MISSES_NEWEST, Set.of(
      "STATE-FILTER-ListIncidentRecords-createdBy", "STATE-FILTER-ListIncidentRecords-creationTime",
      "STATE-FILTER-ListIncidentRecords-status"));

  static Stream<Arguments> faults() {
    return FAILING.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void eachFaultFailsExactlyItsChecks(Fault fault, Set<String> expected) {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", fault.id()), Category.STATE);
    assertThat(outcome.failures().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    Set<String> blocked = BLOCKED.getOrDefault(fault, Set.of());
    assertThat(outcome.aborted().keySet()).containsExactlyInAnyOrderElementsOf(
        Stream.concat(blocked.stream(), Stream.of(CONFLICT)).toList());
    assertThat(outcome.records()).filteredOn(r -> blocked.contains(r.id()))
        .allSatisfy(r -> assertThat(r.cause().key()).isEqualTo("unlisted:ListIncidentRecords"));
  }

  @Test
  void failureMessagesNameTheOperationTheRuleAndTheAnswer() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", "resolve-without-time,delete-keeps"),
        Category.STATE);
    assertThat(outcome.failures().get("STATE-RESOLVE-UpdateIncidentRecord"))
        .startsWith("GetIncidentRecord: IncidentRecord.resolvedTime")
        .contains("the target answered 200").contains("\"status\":\"RESOLVED\"");
    assertThat(outcome.failures().get("STATE-DELETE-DeleteResponsePlan"))
        .startsWith("GetResponsePlan: delete then 404")
        .contains("expected 404 ResourceNotFoundException").contains("the target answered 200");
  }
  /**
   * A target that names no errors answers a deleted resource with a bare 404: the resource is gone, the form is
   * what PROTO-ERROR-<Get> judges, so STATE-DELETE fails under that root cause (it was once blocked as if the Get
   * were missing, a bare 404 read as an unknown route from an operation that had answered all run); the revision
   * checks that want a refusal fail under the error-name cause the VALIDATION checks share.
   */
  @Test
  void errorsWithoutNamesAreTheirRootCausesNotStateOrRevisionFailures() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", "no-error-type-header", "imkit.revision",
        dev.imkit.schemas.api.Revisions.current().name()), Category.STATE, Category.REVISION);
    java.util.List<dev.imkit.reports.api.CheckResult> failed = outcome.records().stream()
        .filter(r -> r.status() == dev.imkit.reports.api.CheckStatus.FAIL).toList();
    assertThat(failed).filteredOn(r -> r.id().startsWith("STATE-DELETE-")).extracting(r -> r.id())
        .contains("STATE-DELETE-DeleteResponsePlan", "STATE-DELETE-DeleteIncidentRecord");
    assertThat(failed).filteredOn(r -> r.id().startsWith("STATE-DELETE-")).allSatisfy(r -> {
      assertThat(r.cause().key()).startsWith("not-found-form:Get");
      assertThat(r.cause().reportedBy()).isEqualTo("PROTO-ERROR-" + r.cause().key().substring("not-found-form:".length()));
    });
    assertThat(failed).filteredOn(r -> r.id().startsWith("REV-ENUM-") || r.id().startsWith("REV-PATTERN-"))
        .isNotEmpty().allSatisfy(r -> assertThat(r.cause().key()).isEqualTo("error-name:400 no error type"));
    assertThat(outcome.records()).noneMatch(r -> r.cause() != null && r.cause().key().startsWith("missing:"));
  }
}
