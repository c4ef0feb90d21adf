package dev.imkit.suites.internal.checks.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Boundary;
import dev.imkit.generators.api.Edge;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.session.Recorder;
import dev.imkit.suites.internal.session.ReplicationSetRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@code VAL-EDGE-<KIND>-<Op>-<path>}: each valid extreme of one place (shortest and longest strings, smallest and
 * largest integers, every enum value and union member, fewest and most items and entries), put into an accepted
 * control, is accepted too. A target that refuses valid input fails here, with the value and the rule.
 */
final class BoundaryCheck {
  /** Tags accumulate on a resource up to a quota: each edge of TagResource gets a resource of its own. */
  private static final Set<String> OWN_RESOURCE = Set.of("TagResource");

  private BoundaryCheck() {
  }

  static Check check(Operation op, Boundary b, String since) {
    CheckInfo info = new CheckInfo(id(op.name(), b), Category.VALIDATION, List.of(op.name()),
        List.of(b.shape(), op.input() + "." + RuleSiteId.path(b.place())), Level.MUST, since, !op.readonly(),
        op.name() + " accepts the valid extremes of " + b.place() + " (" + b.kind() + " " + b.constraint() + ")");
    return new Check(info, context -> run(context, op.name(), b));
  }

  static String id(String operation, Boundary b) {
    return "VAL-EDGE-" + b.kind().name().replace("_", "") + "-" + operation + "-" + RuleSiteId.path(b.place());
  }

  private static void run(CheckContext context, String operation, Boundary b) {
    Controls controls = Controls.of(context.target());
    Sent host = controls.hosting(operation, b.place());
    Recorder.attach(host.answer(), ExchangeRecord.Role.CONTROL);
    Random random = new Random(context.seed());
    List<String> refused = new ArrayList<>();
    List<Edge> refusedEdges = new ArrayList<>();
    Exchange first = null;
    for (Edge edge : b.edges()) {
      ObjectNode doc = controls.typical().withEdge(host.control(), b, edge);
      doc = context.fixtures().bind(operation, doc, OWN_RESOURCE.contains(operation) ? Set.of("ResponsePlan")
          : Set.of(), Set.of(), Controls.NAMESPACE);
      doc = controls.typical().fresh(operation, doc, Set.of(), random);
      Exchange answer = ReplicationSetRules.send(operation, doc, context.target());
      context.fixtures().forgetCreated(operation, doc, answer);
      if (Causes.throttled(answer)) {
        // throttled after the run's retries: the answer says nothing of the extreme
        throw new Blocked(Causes.throttled(operation, answer));
      }
      if (!answer.succeeded()) {
        refused.add(edge.label() + " was answered " + answer.answerLine());
        refusedEdges.add(edge);
        first = first == null ? answer : first;
      }
    }
    if (first != null) {
      String message = "valid input refused: " + operation + " refused " + b.place() + " at the valid extremes of "
          + b.shape() + " (" + b.kind() + " " + b.constraint() + ") in an accepted control: " + String.join("; ",
          refused);
      Cause cause = new Cause("edge:" + operation + ":" + b.place(), CauseKind.VALID_INPUT_REFUSED, message,
          id(operation, b));
      refusedEdges.forEach(edge -> controls.refusedEdge(operation, b.place(), edge.value(), cause));
      throw new CheckFailure(message, first).withCause(cause);
    }
  }
}
