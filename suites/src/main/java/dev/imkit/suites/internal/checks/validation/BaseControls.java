package dev.imkit.suites.internal.checks.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.session.DefaultTarget;
import dev.imkit.suites.internal.session.ReplicationSetRules;
import java.io.IOException;
import java.util.Optional;

/**
 * What other checks learn from an operation's base control (the typical input {@code VAL-CONTROL-<Op>} judges,
 * sent once per run): when a valid call they need is not answered with success, and the operation refuses even
 * its base control, they are blocked by that refusal, which {@code VAL-CONTROL-<Op>} reports, not failed by it.
 */
public final class BaseControls {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BaseControls() {
  }

  /**
   * The refusal of {@code operation}'s base control, if the target refused it (sent now if not sent yet); a missing
   * operation, or a rule another check judges (a control that names nothing answered other than 404), is not.
   */
  public static Optional<Cause> refusal(DefaultTarget target, String operation) {
    if (ReplicationSetRules.CHANGES.contains(operation) && !target.fixtures().ownsReplicationSet()) {
      return Optional.empty();
    }
    Controls controls = Controls.of(target);
    Sent base = controls.send(operation, controls.typical().controls(operation).get(0));
    return base.accepted() ? Optional.empty() : Optional.ofNullable(base.cause())
        .filter(c -> c.kind() != CauseKind.OPERATION_MISSING && c.kind() != CauseKind.RULE_BROKEN);
  }

  /**
   * For a valid call of {@code operation} a check needed and was answered {@code answer} other than with success:
   * blocks the check when the operation is missing, the call was throttled (after the run's retries), the
   * operation refuses its base control too, or the input holds every place of a control the target refused (whose
   * {@code VAL-CONTROL} check reports it); returns otherwise (the check reports the refusal as its own finding).
   */
  public static void blockIfKnown(DefaultTarget target, String operation, Exchange answer) {
    if (answer.succeeded()) {
      return;
    }
    if (Causes.throttled(answer)) {
      throw new Blocked(Causes.throttled(operation, answer));
    }
    if (Causes.missingInRun(target, operation, answer)) {
      throw new Blocked(Causes.missing(operation, answer));
    }
    blockIfRefused(target, operation, answer);
  }

  /** {@link #blockIfKnown} for checks that report a missing operation themselves: blocks on a refusal only. */
  public static void blockIfRefused(DefaultTarget target, String operation, Exchange answer) {
    if (answer.succeeded() || Causes.missingInRun(target, operation, answer)) {
      return;
    }
    Optional<Cause> refused = refusal(target, operation);
    if (refused.isEmpty()) {
      refused = sentInput(answer).flatMap(input -> Controls.of(target).refusedWithin(operation, input));
    }
    if (refused.isPresent()) {
      throw new Blocked(refused.get());
    }
  }

  /** The JSON body a call sent, if it sent one. */
  private static Optional<JsonNode> sentInput(Exchange answer) {
    String body = answer.requestBody();
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(body));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
