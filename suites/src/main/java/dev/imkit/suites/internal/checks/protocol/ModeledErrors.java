package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Binding;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.ModeledError;
import dev.imkit.schemas.api.Operation;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * {@code PROTO-MODELED-ERRORS-<Op>}: every error the operation answers (to a call naming a missing resource and
 * to an invalid input) is one it models, with the modeled HTTP status, or a common AWS error.
 */
final class ModeledErrors {
  private ModeledErrors() {
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("PROTO-MODELED-ERRORS-" + op.name(), Category.PROTOCOL, List.of(op.name()),
        List.of(op.name() + "#errors"), Level.MUST, op.introducedIn(), !op.readonly(),
        op.name() + " answers only the errors it models (" + String.join(", ", op.errors())
            + "), each with its modeled status, or a common AWS error");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) {
    List<Exchange> answers = new ArrayList<>();
    MissingResource.input(op.name(), context).ifPresent(in -> answers.add(context.target().call(op.name(), in)));
    invalidInput(context, op).ifPresent(in -> answers.add(context.target().call(op.name(), in)));
    for (Exchange answer : answers) {
      if (!answer.succeeded()) {
        judge(context.target().contract(), op, answer);
      }
    }
  }

  static void judge(Contract contract, Operation op, Exchange answer) {
    ErrorEnvelope.requireNamed(answer);
    String name = answer.errorType().orElseThrow();
    if (op.models(name)) {
      ModeledError error = contract.error(name);
      if (answer.status() != error.httpStatus()) {
        throw CheckFailure.of(answer, name + " (@httpError " + error.httpStatus() + ")", "expected HTTP "
            + error.httpStatus() + " for " + name + " (the model's status), not HTTP " + answer.status());
      }
    } else if (!CommonErrors.contains(name)) {
      throw CheckFailure.of(answer, op.name() + "#errors", "expected an error the operation models ("
          + String.join(", ", op.errors()) + ") or a common AWS error, not " + name);
    } else if (answer.status() < 400 || answer.status() > 599) {
      throw CheckFailure.of(answer, name + " (common error)", "expected a 4xx or 5xx status for an error");
    }
  }

  /** An input breaking one rule in the body or query string (a broken URI label would change the route). */
  private static Optional<ObjectNode> invalidInput(CheckContext context, Operation op) {
    IncidentManagerArbitraries arbitraries = context.arbitraries(GenerationContext.defaults());
    for (RuleSite site : arbitraries.ruleSites(op.name())) {
      if (site.binding() != Binding.URI) {
        return Optional.of(arbitraries.invalidInput(op.name(), site).generator(100)
            .next(new Random(context.seed())).value().document());
      }
    }
    return Optional.empty();
  }
}
