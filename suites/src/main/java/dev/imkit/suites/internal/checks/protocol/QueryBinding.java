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
import dev.imkit.suites.internal.session.Fixtures;
import java.util.List;
import java.util.Set;

/**
 * {@code PROTO-QUERY-<Op>}: members bound to the query string ({@code @httpQuery}) are read from it,
 * percent-decoded: a get by {@code ?arn=} answers that very resource, and UntagResource removes exactly the
 * {@code tagKeys} repeated in the query. DeleteReplicationSet is left out: the run never deletes it to test this.
 */
final class QueryBinding {
  static final Set<String> OPERATIONS = Set.of("GetResponsePlan", "GetIncidentRecord", "GetReplicationSet",
      "GetTimelineEvent", "GetResourcePolicies", "UntagResource");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private QueryBinding() {
  }

  static boolean appliesTo(Operation op) {
    return OPERATIONS.contains(op.name()) && !op.query().isEmpty();
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("PROTO-QUERY-" + op.name(), Category.PROTOCOL, List.of(op.name()),
        op.query().keySet().stream().map(m -> op.input() + "." + m).sorted().toList(), Level.MUST,
        op.introducedIn(), true,
        op.name() + " reads " + String.join(", ", op.query().values()) + " from the query string, percent-decoded");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) {
    Fixtures f = context.fixtures();
    switch (op.name()) {
      case "GetResponsePlan" -> {
        String plan = f.responsePlan();
        same(call(context, op, JSON.objectNode().put("arn", plan)), "/arn", plan);
      }
      case "GetIncidentRecord" -> {
        String incident = f.incident();
        same(call(context, op, JSON.objectNode().put("arn", incident)), "/incidentRecord/arn", incident);
      }
      case "GetReplicationSet" -> {
        String set = f.replicationSetArn();
        same(call(context, op, JSON.objectNode().put("arn", set)), "/replicationSet/arn", set);
      }
      case "GetTimelineEvent" -> {
        String incident = f.incident();
        String event = f.timelineEvent(incident);
        Exchange answer = call(context, op, JSON.objectNode().put("incidentRecordArn", incident).put("eventId", event));
        same(answer, "/event/eventId", event);
        same(answer, "/event/incidentRecordArn", incident);
      }
      case "GetResourcePolicies" -> policies(context, op, f.resourcePolicy());
      case "UntagResource" -> untag(context, op, f);
      default -> throw new IllegalStateException("no query binding check for " + op.name());
    }
  }

  private static void policies(CheckContext context, Operation op, String[] policy) {
    Exchange answer = call(context, op, JSON.objectNode().put("resourceArn", policy[0]));
    for (JsonNode p : answer.jsonOrNull().path("resourcePolicies")) {
      if (policy[1].equals(p.path("policyId").asText())) {
        return;
      }
    }
    throw CheckFailure.of(answer, op.input() + ".resourceArn (@httpQuery)",
        "expected the policy " + policy[1] + " put on " + policy[0] + " among the answer's resourcePolicies");
  }

  private static void untag(CheckContext context, Operation op, Fixtures f) {
    String plan = f.responsePlan(in -> in.putObject("tags").put("imkit-a", "1").put("imkit-b", "2")
        .put("imkit-c", "3"));
    ObjectNode input = JSON.objectNode().put("resourceArn", plan);
    input.putArray("tagKeys").add("imkit-a").add("imkit-b");
    Exchange untagged = call(context, op, input);
    Exchange listed = call(context, context.target().contract().operation("ListTagsForResource"),
        JSON.objectNode().put("resourceArn", plan));
    JsonNode tags = listed.jsonOrNull().path("tags");
    if (tags.has("imkit-a") || tags.has("imkit-b") || !tags.has("imkit-c")) {
      throw CheckFailure.of(untagged, op.input() + ".tagKeys (@httpQuery, repeated)", "expected "
          + "?tagKeys=imkit-a&tagKeys=imkit-b to remove those two tags and keep imkit-c; the tags are then " + tags);
    }
  }

  private static Exchange call(CheckContext context, Operation op, ObjectNode input) {
    Exchange answer = context.target().call(op.name(), input);
    Bound.served(context, answer, op);
    Bound.serverError(context, answer, op);
    if (!answer.succeeded() || (op.successCode() != 204 && answer.jsonOrNull() == null)) {
      throw CheckFailure.of(answer, op.name() + " query binding", "expected success (and, where the model answers a "
          + "body, a JSON body) for a valid call whose " + String.join(", ", op.query().values())
          + " travel in the query string");
    }
    return answer;
  }

  /** The answer names the resource asked for; an answer without the member (older revisions) is not judged. */
  private static void same(Exchange answer, String pointer, String expected) {
    JsonNode actual = answer.jsonOrNull().at(pointer);
    if (!actual.isMissingNode() && !expected.equals(actual.asText())) {
      throw CheckFailure.of(answer, answer.operation() + " query binding",
          "expected the answer's " + pointer + " to be the resource asked for, " + expected);
    }
  }
}
