package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.HappyPath;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/** {@code PROTO-SUCCESS-<Op>}: a valid call is answered with the operation's modeled success code. */
final class SuccessCode {
  private SuccessCode() {
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("PROTO-SUCCESS-" + op.name(), Category.PROTOCOL, List.of(op.name()),
        List.of(op.name() + "#http.code"), Level.MUST, op.introducedIn(), !op.readonly(),
        op.name() + " succeeds with HTTP " + op.successCode() + " (the model's @http code)");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) {
    Exchange answer = ReplicationSetSuccess.handles(op.name()) ? ReplicationSetSuccess.call(context, op)
        : call(context, op);
    if (answer.status() != op.successCode()) {
      BaseControls.blockIfRefused(context.target(), op.name(), answer);
      throw Causes.ifMissing(context.target(), op.name(), answer, CheckFailure.of(answer, "success code "
          + op.successCode() + " (@http)", "expected HTTP " + op.successCode() + " for a valid call"));
    }
  }

  private static Exchange call(CheckContext context, Operation op) {
    Optional<ObjectNode> input = HappyPath.input(op.name(), context.fixtures());
    if (input.isEmpty()) {
      throw new TestAbortedException(HappyPath.whyNot(op.name()));
    }
    return context.target().call(op.name(), input.get());
  }
}
