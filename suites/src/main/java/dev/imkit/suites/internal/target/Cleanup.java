package dev.imkit.suites.internal.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.api.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Removes what a run created, in dependency order: timeline events, incidents (resolved, then deleted),
 * resource policies, response plans, and the replication set only if the run created it. Works from the
 * journal's {@code created} lines, so it serves both the end of a run and {@code imkit cleanup} after a crash.
 */
public final class Cleanup {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Creating operation -> its rank in the removal order. */
  private static final Map<String, Integer> ORDER = Map.of("CreateTimelineEvent", 0, "StartIncident", 1,
      "PutResourcePolicy", 2, "CreateResponsePlan", 3, "CreateReplicationSet", 4);

  private Cleanup() {
  }

  /** Removes each journaled resource; returns how many removals the target accepted. */
  public static int remove(Target target, List<ObjectNode> created) {
    List<ObjectNode> ordered = new ArrayList<>(created);
    java.util.Collections.reverse(ordered);
    ordered.sort(Comparator.comparingInt(l -> ORDER.getOrDefault(l.path("operation").asText(), 9)));
    int removed = 0;
    for (ObjectNode line : ordered) {
      try {
        if (removeOne(target, line.path("operation").asText(), line.path("ids"))) {
          removed++;
        }
      } catch (RuntimeException e) {
        // best effort: one resource that cannot be removed must not keep the others
      }
    }
    return removed;
  }

  private static boolean removeOne(Target target, String operation, JsonNode ids) {
    return switch (operation) {
      case "CreateTimelineEvent" -> ok(target.call("DeleteTimelineEvent", JSON.objectNode()
          .put("incidentRecordArn", ids.path("incidentRecordArn").asText()).put("eventId", ids.path("eventId").asText())));
      case "StartIncident" -> {
        String arn = ids.path("incidentRecordArn").asText();
        target.call("UpdateIncidentRecord", JSON.objectNode().put("arn", arn).put("status", "RESOLVED"));
        yield ok(target.call("DeleteIncidentRecord", JSON.objectNode().put("arn", arn)));
      }
      case "PutResourcePolicy" -> ok(target.call("DeleteResourcePolicy", JSON.objectNode()
          .put("resourceArn", ids.path("resourceArn").asText()).put("policyId", ids.path("policyId").asText())));
      case "CreateResponsePlan" -> ok(target.call("DeleteResponsePlan", JSON.objectNode()
          .put("arn", ids.path("arn").asText())));
      case "CreateReplicationSet" -> ok(target.call("DeleteReplicationSet", JSON.objectNode()
          .put("arn", ids.path("arn").asText())));
      default -> false;
    };
  }

  private static boolean ok(Exchange answer) {
    return answer.succeeded();
  }

  /** Whether an operation creates something the journal must record. */
  static boolean creates(String operation) {
    return ORDER.containsKey(operation);
  }

  /** What an input already names: enough to find what the call created if its answer is lost. */
  static ObjectNode inputIdentifiers(ObjectNode input) {
    ObjectNode ids = JSON.objectNode();
    for (String key : List.of("name", "responsePlanArn", "incidentRecordArn", "resourceArn")) {
      if (input.path(key).isTextual()) {
        ids.set(key, input.get(key));
      }
    }
    return ids;
  }

  /** The identifiers a later removal needs: from the answer, else from the input. */
  static ObjectNode identifiers(String operation, ObjectNode input, JsonNode answer) {
    ObjectNode ids = JSON.objectNode();
    for (String key : List.of("arn", "incidentRecordArn", "eventId", "policyId", "resourceArn")) {
      JsonNode value = answer != null && answer.has(key) ? answer.get(key) : input.get(key);
      if (value != null && value.isTextual()) {
        ids.set(key, value);
      }
    }
    return ids;
  }
}
