package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.suites.api.CheckInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole suite against a target with several faults at once (throttling, deletes that keep what they delete,
 * errors with the wrong status): every check is judged, or BLOCKED naming the deviation that kept it from being
 * judged; none is skipped that the kit would not skip on any target.
 */
class ManyFaultsTest {
  static final String FAULTS = "throttle-every-third,delete-keeps,quota-as-400,not-found-as-400,tags-survive-delete";
  /**
   * What a run skips on every target: the SECURITY profile's checks (opt-in), sites no valid input reaches, the
   * account's one replication set where a change would pull it from under the other checks, a conflict that needs
   * an update in flight, and findings no call creates (the clean emulator skips exactly these).
   */
  static final Set<String> ON_EVERY_TARGET = Set.of("SEC-UNSIGNED", "SEC-BAD-SIGNATURE", "SEC-WRONG-SERVICE",
      "VAL-TYPE-ListTimelineEvents-filters[].condition.equals.integerValues",
      "VAL-MAXITEMS-ListTimelineEvents-filters[].condition.equals.integerValues",
      "VAL-TYPE-ListTimelineEvents-filters[].condition.equals.integerValues[]",
      "SCHEMA-OUTPUT-CreateReplicationSet", "SDK-CALL-CreateReplicationSet", "SDK-CALL-UpdateReplicationSet",
      "SDK-CALL-DeleteReplicationSet", "IDEM-REPLAY-CreateReplicationSet", "IDEM-MISMATCH-CreateReplicationSet",
      "STATE-CONFLICT-UpdateReplicationSet", "PAGE-WALK-ListIncidentFindings");
  private static Runs.Outcome outcome;
  private static Map<String, CheckResult> byId;

  @BeforeAll
  static void runTheWholeSuite() {
    outcome = Runs.run(Map.of("imkit.emulator.faults", FAULTS, "imkit.seed", "7",
        "imkit.revision", Revisions.current().name()));
    byId = outcome.records().stream().collect(Collectors.toMap(CheckResult::id, r -> r, (a, b) -> a));
  }

  @Test
  void noCheckIsSkippedForAnotherReasonThanOnAnyTarget() {
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(byId.keySet()).containsAll(Catalogue.current().stream().map(CheckInfo::id).toList());
    assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.SKIP)
        .allSatisfy(r -> assertThat(ON_EVERY_TARGET).as(r.id() + ": " + r.message()).contains(r.id()));
  }

  @Test
  void theReplicationSetADeleteKeptIsStillTheRunsOwnAndItsChecksAreJudged() {
    // PROTO-SUCCESS-DeleteReplicationSet deletes the set with a 204, and the target keeps it: the run made it
    for (String id : List.of("PROTO-SUCCESS-DeleteReplicationSet", "STATE-READBACK-CreateReplicationSet",
        "STATE-PROTECT-UpdateDeletionProtection", "STATE-UPDATE-UpdateReplicationSet",
        "PROTO-SUCCESS-UpdateReplicationSet", "VAL-CONTROL-UpdateReplicationSet",
        "VAL-CONTROL-UpdateDeletionProtection",
        "IDEM-REPLAY-UpdateDeletionProtection", "SDK-CALL-UpdateDeletionProtection")) {
      assertThat(byId.get(id).status()).as(id + ": " + byId.get(id).message()).isNotEqualTo(CheckStatus.SKIP);
    }
  }

  @Test
  void anErrorProvokedAsAnotherIsBlockedByTheCheckThatFailsThatAnswer() {
    CheckResult schema = byId.get("SCHEMA-ERROR-ResourceNotFoundException");
    assertThat(schema.status()).isEqualTo(CheckStatus.BLOCKED);
    assertThat(schema.cause().reportedBy()).isEqualTo("PROTO-ERROR-GetResponsePlan");
    assertThat(schema.cause().summary()).contains("400 ValidationException", "not ResourceNotFoundException");
    assertThat(byId.get("PROTO-ERROR-GetResponsePlan").status()).isEqualTo(CheckStatus.FAIL);
  }

  @Test
  void everyBlockedCheckNamesACauseThatACheckReports() {
    assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.BLOCKED).allSatisfy(r -> {
      assertThat(r.cause()).as(r.id()).isNotNull();
      CheckResult reporter = byId.get(r.cause().reportedBy());
      // throttling is reported by its SHOULD check; every other cause by a check that fails on it
      assertThat(reporter.status()).as(r.id() + " blocked by " + r.cause().key())
          .isEqualTo(r.cause().key().startsWith("throttled:") ? CheckStatus.ADVISORY : CheckStatus.FAIL);
    });
    // the SDK retries as the kit does: a throttled SDK call is rare, not one in three
    assertThat(outcome.records())
        .filteredOn(r -> r.status() == CheckStatus.BLOCKED && r.id().startsWith("SDK-CALL-")).hasSizeLessThan(3);
  }
}
