package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Operation;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;

/**
 * {@code PROTO-LABEL-<Op>}: the {@code /tags/{resourceArn}} label, sent percent-encoded as the SDKs send it
 * ({@code :} and {@code /} included), is decoded to the ARN: the tags of that very resource are listed, added
 * and removed.
 */
final class LabelBinding {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private LabelBinding() {
  }

  static boolean appliesTo(Operation op) {
    return !op.labels().isEmpty();
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("PROTO-LABEL-" + op.name(), Category.PROTOCOL, List.of(op.name()),
        op.labels().keySet().stream().map(m -> op.input() + "." + m).sorted().toList(), Level.MUST,
        op.introducedIn(), true, op.name() + " decodes the percent-encoded " + op.uri() + " label (slashes "
            + "and colons encoded) to the resource's ARN");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) {
    String plan = context.fixtures().responsePlan(in -> in.putObject("tags").put("imkit-label", "before"));
    ObjectNode input = JSON.objectNode().put("resourceArn", plan);
    switch (op.name()) {
      case "ListTagsForResource" -> expectTags(context, list(context, plan), plan, "imkit-label", true);
      case "TagResource" -> {
        input.putObject("tags").put("imkit-added", "yes");
        succeed(context, context.target().call(op.name(), input), op);
        expectTags(context, list(context, plan), plan, "imkit-added", true);
      }
      case "UntagResource" -> {
        input.putArray("tagKeys").add("imkit-label");
        succeed(context, context.target().call(op.name(), input), op);
        expectTags(context, list(context, plan), plan, "imkit-label", false);
      }
      default -> throw new IllegalStateException("no label binding check for " + op.name());
    }
  }

  private static Exchange list(CheckContext context, String plan) {
    Operation list = context.target().contract().operation("ListTagsForResource");
    return succeed(context, context.target().call(list.name(), JSON.objectNode().put("resourceArn", plan)), list);
  }

  /**
   * A 2xx shows the label was read (which 2xx is PROTO-SUCCESS's to judge); a missing operation blocks the check,
   * and any other answer fails it.
   */
  private static Exchange succeed(CheckContext context, Exchange answer, Operation op) {
    Bound.served(context, answer, op);
    Bound.serverError(context, answer, op);
    if (!answer.succeeded()) {
      throw CheckFailure.of(answer, op.input() + ".resourceArn (@httpLabel)", "expected success for a valid call on "
          + "an existing response plan, its ARN percent-encoded in " + op.uri());
    }
    return answer;
  }

  private static void expectTags(CheckContext context, Exchange listed, String plan, String key, boolean present) {
    JsonNode tags = listed.jsonOrNull() == null ? null : listed.jsonOrNull().path("tags");
    if (tags == null || tags.has(key) != present) {
      throw CheckFailure.of(listed, "ListTagsForResourceRequest.resourceArn (@httpLabel)", "expected the tags of "
          + plan + " to " + (present ? "include " : "no longer include ") + key);
    }
  }
}
