package dev.imkit.suites.internal.checks.protocol;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;

/**
 * {@code PROTO-ERROR-<Op>}: a call naming a resource that does not exist is answered 404 with the
 * ResourceNotFoundException envelope (the model's {@code @httpError(404)} and restJson1's error rules).
 */
final class NotFound {
  static final String ERROR = "ResourceNotFoundException";

  private NotFound() {
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("PROTO-ERROR-" + op.name(), Category.PROTOCOL, List.of(op.name()),
        List.of(op.name() + "#errors", ERROR), Level.MUST, op.introducedIn(), !op.readonly(),
        op.name() + " naming a resource that does not exist is answered 404 " + ERROR
            + " with X-Amzn-ErrorType and a JSON body with a message");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) {
    Exchange answer = context.target().call(op.name(), MissingResource.input(op.name(), context).orElseThrow());
    if (answer.status() != 404) {
      // an operation that refuses even its typical input cannot show which error a missing resource gets
      BaseControls.blockIfRefused(context.target(), op.name(), answer);
      throw Causes.ifMissing(context.target(), op.name(), answer, CheckFailure.of(answer, ERROR + " (HTTP 404)",
          "expected HTTP 404 for a call naming a resource that does not exist"));
    }
    try {
      ErrorEnvelope.require(answer, ERROR);
    } catch (CheckFailure f) {
      // an operation the target lacks breaks this rule too: the failure names that root cause
      throw Causes.ifMissing(context.target(), op.name(), answer, f);
    }
  }
}
