package dev.imkit.suites.internal.checks.validation;

import dev.imkit.generators.api.Control;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.internal.run.Advisory;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.session.Recorder;
import dev.imkit.suites.internal.session.ReplicationSetRules;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code VAL-CONTROL-<Op>[-<name>]}: a valid input of typical values is accepted. Every VALIDATION check of the
 * operation breaks or varies one of these controls, so a refused control is one failure of its own ("valid input
 * refused") and its checks are BLOCKED by it. A refused full control is tried place by place, and the message
 * names the members the target refuses.
 */
final class ControlCheck {
  private ControlCheck() {
  }

  static Check check(Operation op, Control control) {
    CheckInfo info = new CheckInfo(Controls.checkId(op.name(), control), Category.VALIDATION, List.of(op.name()),
        List.of(op.input()), Level.MUST, op.introducedIn(), !op.readonly(),
        op.name() + " accepts a valid input of typical values with " + Controls.describe(control));
    return new Check(info, context -> run(context, op.name(), control.name()));
  }

  private static void run(CheckContext context, String operation, String name) {
    Controls controls = Controls.of(context.target());
    ReplicationSetRules.check(operation, context.fixtures());
    List<Control> planned = controls.typical().controls(operation);
    Control control = planned.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    if (!control.isBase()) {
      Sent base = controls.send(operation, planned.get(0));
      if (!base.accepted()) {
        throw new Blocked(base.cause());
      }
    }
    Sent sent = controls.send(operation, control);
    if (!sent.sendable()) {
      throw new Blocked(sent.cause());
    }
    Recorder.attach(sent.answer(), ExchangeRecord.Role.CHECK);
    if (sent.accepted()) {
      return;
    }
    if (sent.cause().kind() == CauseKind.RULE_BROKEN) {
      // refused because of a rule another check judges: that check reports it
      throw new Blocked(sent.cause());
    }
    if (sent.cause().key().startsWith("second-set:")) {
      // a refusal the documentation does not rule out: the kit's expectation, not the contract's
      throw new Advisory(sent.cause().summary());
    }
    String message = "valid input refused: " + operation + " with " + Controls.describe(control) + " (typical "
        + "values) was answered " + sent.answer().answerLine() + refusedPlaces(controls, operation, control);
    throw new CheckFailure(message, sent.answer()).withCause(sent.cause());
  }

  /** For a full control: the places the target refuses when each is added alone to the base. */
  private static String refusedPlaces(Controls controls, String operation, Control control) {
    if (control.isBase()) {
      return "";
    }
    List<String> refused = new ArrayList<>();
    for (String place : control.places()) {
      Sent alone = controls.send(operation, controls.typical().alone(operation, place));
      if (alone.sendable() && !alone.accepted()) {
        refused.add(place + " (" + alone.answer().status() + alone.answer().errorType().map(e -> " " + e).orElse("")
            + ")");
      }
    }
    return refused.isEmpty() ? "; each of its members is accepted alone"
        : "; added alone to the base input, the target refuses " + String.join(", ", refused);
  }
}
