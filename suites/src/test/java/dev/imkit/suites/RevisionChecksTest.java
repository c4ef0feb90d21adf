package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.Settings;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The REVISION checks pass against the emulator and catch exactly what each revision fault breaks. */
class RevisionChecksTest {
  private static final String CURRENT = Revisions.current().name();
  /** Fault → the REVISION checks it fails, the target held to the current revision (so nothing is skipped). */
  private static final Map<String, Set<String>> FAILING = Map.of(
      "reject-involved-resource", Set.of("REV-DETECT", "REV-PROBE-2022-05-12-StartIncident",
          "REV-PROBE-2022-05-12-UpdateRelatedItems", "REV-ENUM-StartIncident-ItemType.INVOLVED_RESOURCE",
          "REV-ENUM-UpdateRelatedItems-ItemType.INVOLVED_RESOURCE"),
      // REV-DETECT too: the detector's round trip of 2022-05-12's added member loses it
      "drop-dynamic-parameters", Set.of("REV-DETECT", "REV-MEMBER-CreateResponsePlan-SsmAutomation.dynamicParameters",
          "REV-MEMBER-UpdateResponsePlan-SsmAutomation.dynamicParameters"),
      "old-contacts-pattern", Set.of("REV-PATTERN-CreateResponsePlan-SsmContactsArn",
          "REV-PATTERN-UpdateResponsePlan-SsmContactsArn"));

  @Test
  void everyRevisionCheckPassesAgainstTheCleanEmulator() {
    Runs.Outcome outcome = Runs.run(Map.of(), Category.REVISION);
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted()).isEmpty();
    assertThat(outcome.passed()).contains("REV-DETECT", "REV-PROBE-2021-08-04-CreateTimelineEvent",
        "REV-PROBE-2023-11-16-ListIncidentFindings", "REV-ENUM-StartIncident-ItemType.INVOLVED_RESOURCE",
        "REV-ENUM-UpdateRelatedItems-ItemType.TASK", "REV-MEMBER-CreateResponsePlan-IncidentTemplate.incidentTags",
        "REV-MEMBER-CreateResponsePlan-CreateResponsePlanInput.integrations",
        "REV-ENUM-CreateResponsePlan-VariableType.unknown", "REV-ERROR-UpdateReplicationSet-ConflictException")
        .hasSize(31);
  }

  @Test
  void theTableCoversEveryRevisionFault() {
    Set<String> revisionFaults = Arrays.stream(Fault.values()).filter(f -> f.category().name().equals("REVISION"))
        .map(Fault::id).collect(Collectors.toSet());
    assertThat(FAILING.keySet()).isEqualTo(revisionFaults);
  }

  @Test
  void eachRevisionFaultFailsExactlyItsChecks() {
    FAILING.forEach((fault, expected) -> {
      Runs.Outcome outcome = Runs.run(heldToCurrent(Settings.EMULATOR_FAULTS, fault), Category.REVISION);
      assertThat(outcome.failures().keySet()).as(fault).isEqualTo(expected);
    });
  }

  @Test
  void theErrorAndUnknownValueChecksFailWhereTheTargetAnswersWrongly() {
    assertThat(Runs.run(heldToCurrent(Settings.EMULATOR_FAULTS, "accept-unknown-enum"), Category.REVISION)
        .failures().keySet()).containsExactly("REV-ENUM-CreateResponsePlan-VariableType.unknown");
    assertThat(Runs.run(heldToCurrent(Settings.EMULATOR_FAULTS, "unmodeled-error"), Category.REVISION)
        .failures().keySet()).contains("REV-ERROR-UpdateReplicationSet-ConflictException");
  }

  @Test
  void aTargetOlderThanTheRevisionItIsHeldToFailsTheChecksOfEveryLaterChange() {
    Runs.Outcome outcome = Runs.run(heldToCurrent(Settings.EMULATOR_REVISION, "2022-03-16"), Category.REVISION);
    assertThat(outcome.failures().keySet()).allMatch(id -> !id.startsWith("REV-PROBE-") || id.compareTo(
        "REV-PROBE-2022-05-12") > 0).contains("REV-DETECT",
        "REV-MEMBER-CreateResponsePlan-IncidentTemplate.incidentTags",
        "REV-MEMBER-CreateResponsePlan-CreateResponsePlanInput.integrations",
        "REV-ENUM-StartIncident-ItemType.TASK", "REV-PROBE-2023-11-16-BatchGetIncidentFindings")
        .hasSize(24);
    assertThat(outcome.failures().get("REV-DETECT")).contains("answers as 2022-03-16")
        .contains("answers as 2022-03-16").contains("StartIncident refused /relatedItems/0/identifier = INVOLVED_RESOURCE (valid since 2022-05-12",
            "while it accepted the same input without that change");
  }

  @Test
  void failureMessagesNameTheOperationTheRuleAndTheAnswer() {
    Runs.Outcome outcome = Runs.run(heldToCurrent(Settings.EMULATOR_FAULTS, "reject-involved-resource"),
        Category.REVISION);
    assertThat(outcome.failures().get("REV-ENUM-StartIncident-ItemType.INVOLVED_RESOURCE"))
        .startsWith("StartIncident: ItemType.INVOLVED_RESOURCE (since 2022-05-12)")
        .contains("the target answered 400 ValidationException");
    assertThat(outcome.failures().get("REV-PROBE-2022-05-12-UpdateRelatedItems"))
        .startsWith("UpdateRelatedItems: revision 2022-05-12 (ItemType: enum values added [INVOLVED_RESOURCE])")
        .contains("the target answered 400 ValidationException");
    Runs.Outcome dropped = Runs.run(heldToCurrent(Settings.EMULATOR_FAULTS, "drop-dynamic-parameters"),
        Category.REVISION);
    assertThat(dropped.failures().get("REV-MEMBER-CreateResponsePlan-SsmAutomation.dynamicParameters"))
        .startsWith("GetResponsePlan: SsmAutomation.dynamicParameters (since 2022-05-12)")
        .contains("INCIDENT_RECORD_ARN", "INVOLVED_RESOURCES", "read null", "the target answered 200");
  }

  private static Map<String, String> heldToCurrent(String key, String value) {
    return Map.of(key, value, Settings.REVISION, CURRENT);
  }
  /**
   * A target detected at an older revision (it lacks 2022-05-12's INVOLVED_RESOURCE) that accepts a longer eventData,
   * as 2022-11-11 allows, follows a later revision there: an advisory, not a failure of a limit the current API no
   * longer has. Given that older revision explicitly, the same acceptance fails.
   */
  @Test
  void aLimitALaterRevisionRaisedIsAnAdvisoryWhenTheRevisionWasDetected() {
    String check = "VAL-MAXLENGTH-CreateTimelineEvent-eventData";
    Runs.Outcome detected = Runs.run(Map.of(Settings.EMULATOR_FAULTS, "reject-involved-resource", Settings.ONLY, check),
        Category.VALIDATION);
    assertThat(detected.failures()).isEmpty();
    assertThat(detected.aborted().get(check)).startsWith("ADVISORY").contains("which revision 2022-11-11 allows",
        "holds the target to 2022-03-16, the revision it detected");
    Runs.Outcome given = Runs.run(Map.of(Settings.EMULATOR_FAULTS, "reject-involved-resource", Settings.ONLY, check,
        Settings.REVISION, "2022-03-16"), Category.VALIDATION);
    assertThat(given.failures()).containsOnlyKeys(check);
  }
  /**
   * A target that ignores query parameters cannot read a plan back (GetResponsePlan takes its arn from the query):
   * the REV-MEMBER round trips are blocked by that refusal of GetResponsePlan's control, not failed.
   */
  @Test
  void roundTripsWhoseReadIsRefusedAreBlockedByThatRefusal() {
    Runs.Outcome outcome = Runs.run(Map.of(Settings.EMULATOR_FAULTS, "query-binding-ignored", Settings.REVISION,
        CURRENT), Category.REVISION);
    assertThat(outcome.failures().keySet()).noneMatch(id -> id.startsWith("REV-MEMBER-"));
    assertThat(outcome.records()).filteredOn(r -> r.id().startsWith("REV-MEMBER-")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.cause().key()).isEqualTo("refused:GetResponsePlan"));
  }
  /**
   * A target that keeps every removed related item fails the REV-ENUM checks that add and remove an item of each
   * type: under the one cause STATE-REMOVE reports, once an OTHER item (the control) stays listed too.
   */
  @Test
  void itemsNeverRemovedAreOneCauseAcrossTheItemTypes() {
    Runs.Outcome outcome = Runs.run(Map.of(Settings.EMULATOR_FAULTS, "related-item-remove-ignored", Settings.REVISION,
        CURRENT), Category.REVISION);
    assertThat(outcome.records()).filteredOn(r -> r.status() == dev.imkit.reports.api.CheckStatus.FAIL)
        .extracting(dev.imkit.reports.api.CheckResult::id).isNotEmpty().allMatch(id -> id.startsWith("REV-ENUM-UpdateRelatedItems-"));
    assertThat(outcome.records()).filteredOn(r -> r.status() == dev.imkit.reports.api.CheckStatus.FAIL)
        .allSatisfy(r -> assertThat(r.cause().reportedBy()).isEqualTo("STATE-REMOVE-UpdateRelatedItems"));
  }
}
