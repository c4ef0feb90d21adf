package dev.imkit.suites.internal.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.api.Exchange;
import java.util.ArrayList;
import java.util.List;

/** The removals behind {@code imkit cleanup}: journaled resources, or resources tagged with a run ID. */
public final class Sweeper {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Sweeper() {
  }

  /**
   * Removes the journaled resources; {@code orphans} are intents with no {@code created} line (the run was killed
   * during the call): a plan is found by its name, an incident by its plan's name in its ARN.
   */
  public static int removeJournaled(DefaultTarget target, List<ObjectNode> created, List<ObjectNode> orphans) {
    List<ObjectNode> all = new ArrayList<>(created);
    created.forEach(c -> c.path("ids").forEach(v -> target.learnAccount(v.asText())));
    List<String> incidents = null;
    for (ObjectNode orphan : orphans) {
      JsonNode ids = orphan.path("ids");
      switch (orphan.path("operation").asText()) {
        case "CreateResponsePlan" -> {
          if (ids.path("name").isTextual() && !target.account().isEmpty()) {
            all.add(line("CreateResponsePlan", JSON.objectNode().put("arn", "arn:aws:ssm-incidents::"
                + target.account() + ":response-plan/" + ids.path("name").asText())));
          }
        }
        case "StartIncident" -> {
          String plan = ids.path("responsePlanArn").asText();
          String planName = plan.substring(plan.lastIndexOf('/') + 1);
          if (incidents == null) {
            incidents = walk(target, "ListIncidentRecords", "incidentRecordSummaries");
          }
          incidents.stream().filter(arn -> !planName.isEmpty() && arn.contains(":incident-record/" + planName + "/"))
              .forEach(arn -> all.add(line("StartIncident", JSON.objectNode().put("incidentRecordArn", arn))));
        }
        default -> { }
      }
    }
    return Cleanup.remove(target, all);
  }

  public static int removeTagged(DefaultTarget target) {
    List<ObjectNode> found = new ArrayList<>();
    for (String arn : walk(target, "ListIncidentRecords", "incidentRecordSummaries")) {
      if (tagged(target, arn)) {
        found.add(line("StartIncident", JSON.objectNode().put("incidentRecordArn", arn)));
      }
    }
    for (String arn : walk(target, "ListResponsePlans", "responsePlanSummaries")) {
      if (tagged(target, arn)) {
        found.add(line("CreateResponsePlan", JSON.objectNode().put("arn", arn)));
      }
    }
    return Cleanup.remove(target, found);
  }

  private static ObjectNode line(String operation, ObjectNode ids) {
    ObjectNode line = JSON.objectNode().put("operation", operation);
    line.set("ids", ids);
    return line;
  }

  private static boolean tagged(DefaultTarget target, String arn) {
    Exchange tags = target.call("ListTagsForResource", JSON.objectNode().put("resourceArn", arn));
    JsonNode json = tags.jsonOrNull();
    return tags.succeeded() && json != null && json.path("tags").has(DefaultTarget.RUN_TAG);
  }

  private static List<String> walk(DefaultTarget target, String operation, String items) {
    List<String> arns = new ArrayList<>();
    String token = null;
    for (int page = 0; page < 1000; page++) {
      ObjectNode input = JSON.objectNode().put("maxResults", 100);
      if (token != null) {
        input.put("nextToken", token);
      }
      Exchange answer = target.call(operation, input);
      JsonNode json = answer.jsonOrNull();
      if (!answer.succeeded() || json == null) {
        break;
      }
      json.path(items).forEach(i -> arns.add(i.path("arn").asText()));
      token = json.path("nextToken").isTextual() ? json.path("nextToken").textValue() : null;
      if (token == null) {
        break;
      }
    }
    return arns;
  }
}
