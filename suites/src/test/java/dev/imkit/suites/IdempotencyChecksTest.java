package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultCategory;
import dev.imkit.reports.api.Category;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The IDEMPOTENCY checks pass against the clean emulator; each IDEMPOTENCY fault fails the replay checks it
 * should and turns the (SHOULD) mismatch checks into advisories.
 */
class IdempotencyChecksTest {
  private static final Set<String> DRIVEN = Set.of("CreateResponsePlan", "StartIncident", "CreateTimelineEvent",
      "UpdateIncidentRecord", "UpdateResponsePlan", "UpdateTimelineEvent", "UpdateRelatedItems",
      "UpdateDeletionProtection", "UpdateReplicationSet");
  private static final Set<String> SKIPPED = Set.of("IDEM-REPLAY-CreateReplicationSet",
      "IDEM-MISMATCH-CreateReplicationSet");

  @Test
  void cleanEmulatorPassesOrSkipsWithAReason() {
    Runs.Outcome outcome = Runs.run(Map.of(), Category.IDEMPOTENCY);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.passed()).containsExactlyInAnyOrderElementsOf(Stream.concat(ids("IDEM-REPLAY-"),
        ids("IDEM-MISMATCH-")).toList());
    assertThat(outcome.aborted()).containsOnlyKeys(SKIPPED);
    assertThat(outcome.aborted().values()).allMatch(m -> m.contains("only replication set"));
  }

  @Test
  void everyIdempotencyFaultIsTested() {
    assertThat(Arrays.stream(Fault.values()).filter(f -> f.category() == FaultCategory.IDEMPOTENCY))
        .containsExactlyInAnyOrder(Fault.IGNORE_CLIENT_TOKEN, Fault.TOKEN_MISMATCH_ACCEPTED);
  }

  @Test
  void ignoredTokensFailEveryReplayAndAdviseOnEveryMismatch() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", Fault.IGNORE_CLIENT_TOKEN.id()),
        Category.IDEMPOTENCY);
    assertThat(outcome.failures().keySet()).containsExactlyInAnyOrderElementsOf(ids("IDEM-REPLAY-").toList());
    assertThat(advisories(outcome)).containsExactlyInAnyOrderElementsOf(ids("IDEM-MISMATCH-").toList());
    assertThat(outcome.failures().get("IDEM-REPLAY-StartIncident"))
        .startsWith("StartIncident: StartIncidentInput.clientToken: a replay with the same token and input does the work once")
        .contains("the replay created a duplicate").contains("the target answered 200 {\"incidentRecordArn\"");
    assertThat(outcome.failures().get("IDEM-REPLAY-UpdateIncidentRecord"))
        .startsWith("GetIncidentRecord: UpdateIncidentRecordInput.clientToken")
        .contains("\"imkit undo\"").contains("the target answered 200");
  }

  @Test
  void acceptedMismatchesAreAdvisoriesOnly() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", Fault.TOKEN_MISMATCH_ACCEPTED.id()),
        Category.IDEMPOTENCY);
    assertThat(outcome.failures()).isEmpty();
    assertThat(advisories(outcome)).containsExactlyInAnyOrderElementsOf(ids("IDEM-MISMATCH-").toList());
    assertThat(outcome.aborted().get("IDEM-MISMATCH-StartIncident"))
        .contains("StartIncident: StartIncidentInput.clientToken: the same token with another input is refused")
        .contains("409 ConflictException (modeled)").contains("the target answered 200");
  }

  private static Stream<String> ids(String prefix) {
    return DRIVEN.stream().map(op -> prefix + op);
  }

  private static Set<String> advisories(Runs.Outcome outcome) {
    return new TreeMap<>(outcome.aborted()).entrySet().stream().filter(e -> e.getValue().startsWith("ADVISORY"))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }
  /**
   * A replay is judged only once the second change shows: a target that keeps removed related items never undid the
   * first change, so IDEM-REPLAY-UpdateRelatedItems is blocked by that (undo-ignored:UpdateRelatedItems), not failed
   * as a replay that did the work again.
   */
  @Test
  void aReplayWhoseUndoNeverShowedIsBlockedNotFailed() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", "related-item-remove-ignored",
        "imkit.only", "IDEM-REPLAY-UpdateRelatedItems"), Category.IDEMPOTENCY);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.records()).filteredOn(r -> r.id().equals("IDEM-REPLAY-UpdateRelatedItems")).singleElement()
        .satisfies(r -> {
          assertThat(r.status()).isEqualTo(dev.imkit.reports.api.CheckStatus.BLOCKED);
          assertThat(r.cause().key()).isEqualTo("undo-ignored:UpdateRelatedItems");
        });
  }
}
