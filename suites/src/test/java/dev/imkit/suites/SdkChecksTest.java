package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.suites.api.Settings;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SDK checks pass against the emulator, and catch error names the SDK cannot type and enums it cannot read. */
class SdkChecksTest {
  private static final String CURRENT = Revisions.current().name();

  @Test
  void everySdkCheckPassesAgainstTheCleanEmulator() {
    Runs.Outcome outcome = Runs.run(Map.of(), Category.SDK);
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted()).containsOnlyKeys("SDK-CALL-CreateReplicationSet", "SDK-CALL-DeleteReplicationSet",
        "SDK-CALL-UpdateReplicationSet");
    assertThat(outcome.aborted().values()).allMatch(m -> m.contains("PROTO-SUCCESS judges its success code"));
    assertThat(outcome.passed()).hasSize(2 * Contract.current().operations().size() - 3);
  }

  @Test
  void untypedErrorNamesFailEverySdkErrorCheckAndNothingElse() {
    assertThat(Arrays.stream(Fault.values()).filter(f -> f.category().name().equals("SDK")).map(Fault::id))
        .containsExactly("untyped-errors");
    Runs.Outcome outcome = Runs.run(Map.of(Settings.EMULATOR_FAULTS, "untyped-errors", Settings.REVISION, CURRENT),
        Category.SDK);
    Set<String> expected = Contract.current().operations().stream().map(Operation::name)
        .map(op -> "SDK-ERROR-" + op).collect(Collectors.toSet());
    assertThat(outcome.failures().keySet()).isEqualTo(expected);
    assertThat(outcome.failures().get("SDK-ERROR-GetResponsePlan"))
        .startsWith("GetResponsePlan: modeled error names [")
        .contains("the target answered 400 BadRequest (SDK exception SsmIncidentsException)");
  }

  @Test
  void validationRefusalsUnderAnUnmodeledNameShareOneRootCause() {
    Runs.Outcome outcome = Runs.run(Map.of(Settings.EMULATOR_FAULTS, "untyped-errors", Settings.REVISION, CURRENT,
        Settings.ONLY, "VAL-TYPE-CreateResponsePlan-name,VAL-MAXLENGTH-CreateResponsePlan-name"),
        Category.VALIDATION);
    assertThat(outcome.records()).filteredOn(r -> r.status() == dev.imkit.reports.api.CheckStatus.FAIL)
        .hasSize(2).allSatisfy(r -> {
          assertThat(r.cause().key()).isEqualTo("error-name:400 BadRequest");
          assertThat(r.cause().reportedBy()).isEqualTo("PROTO-MODELED-ERRORS-CreateResponsePlan");
        });
  }

  @Test
  void enumValuesTheSdkDoesNotKnowFailTheCallsThatReturnThem() {
    Runs.Outcome outcome = Runs.run(Map.of(Settings.EMULATOR_FAULTS, "unknown-enum-output",
        Settings.REVISION, CURRENT), Category.SDK);
    assertThat(outcome.failures().keySet()).containsExactlyInAnyOrder("SDK-CALL-GetIncidentRecord",
        "SDK-CALL-GetReplicationSet", "SDK-CALL-ListIncidentRecords");
    assertThat(outcome.failures().get("SDK-CALL-GetIncidentRecord"))
        .startsWith("GetIncidentRecord: GetIncidentRecordOutput enums:")
        .contains("UNKNOWN_TO_SDK_VERSION at /incidentRecord/status=Open", "the target answered {");
  }

  @Test
  void anOperationTheTargetDoesNotKnowFailsItsSdkCallAndBlocksItsErrorCheck() {
    Runs.Outcome outcome = Runs.run(Map.of(Settings.EMULATOR_REVISION, "2022-11-16", Settings.REVISION, CURRENT),
        Category.SDK);
    assertThat(outcome.failures().keySet()).containsExactlyInAnyOrder("SDK-CALL-ListIncidentFindings",
        "SDK-CALL-BatchGetIncidentFindings");
    assertThat(outcome.failures().get("SDK-CALL-ListIncidentFindings"))
        .contains("the target answered 404 UnknownOperationException");
    // an operation that is not there refuses nothing for a reason the SDK could map: its error check waits on it
    Map<String, String> blocked = outcome.records().stream().filter(r -> r.status() == CheckStatus.BLOCKED)
        .collect(Collectors.toMap(CheckResult::id, r -> r.cause().key()));
    assertThat(blocked).isEqualTo(Map.of("SDK-ERROR-ListIncidentFindings", "missing:ListIncidentFindings",
        "SDK-ERROR-BatchGetIncidentFindings", "missing:BatchGetIncidentFindings"));
  }
  /**
   * An operation the target lacks fails its own SDK-CALL check under that root cause, as its other checks do
   * (missing:<Op>, reported by PROTO-SUCCESS-<Op>), not as a failure of its own with no cause.
   */
  @Test
  void anSdkCallOfAMissingOperationFailsUnderThatCause() {
    Runs.Outcome outcome = Runs.run(Map.of(Settings.EMULATOR_FAULTS, "missing-resource-policies", Settings.REVISION,
        CURRENT), Category.SDK);
    assertThat(outcome.records()).filteredOn(r -> r.status() == dev.imkit.reports.api.CheckStatus.FAIL)
        .extracting(r -> r.id() + " " + r.cause().key())
        .contains("SDK-CALL-GetResourcePolicies missing:GetResourcePolicies",
            "SDK-CALL-PutResourcePolicy missing:PutResourcePolicy");
  }
}
