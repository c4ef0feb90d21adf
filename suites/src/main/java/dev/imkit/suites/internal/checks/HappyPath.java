package dev.imkit.suites.internal.checks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.internal.target.Fixtures;
import java.util.Optional;
import java.util.UUID;

/**
 * For each operation, an input that a conforming target answers with success, after creating what it needs
 * (a plan to get, an incident to update). Operations that change the account's replication set have one only
 * when the run created that set: a run never changes what it did not create.
 */
public final class HappyPath {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private HappyPath() {
  }

  /** The input, or empty when the operation cannot be called safely on this target. */
  public static Optional<ObjectNode> input(String operation, Fixtures f) {
    ObjectNode in = JSON.objectNode();
    switch (operation) {
      case "CreateResponsePlan" -> in = f.responsePlanInput(i -> { });
      case "GetResponsePlan", "DeleteResponsePlan" -> in.put("arn", f.responsePlan());
      case "UpdateResponsePlan" -> in.put("arn", f.responsePlan()).put("incidentTemplateTitle", "imkit updated");
      case "ListResponsePlans", "ListIncidentRecords", "ListReplicationSets" -> { }
      case "StartIncident" -> in.put("responsePlanArn", f.responsePlan());
      case "GetIncidentRecord", "DeleteIncidentRecord" -> in.put("arn", f.incident());
      case "UpdateIncidentRecord" -> in.put("arn", f.incident()).put("title", "imkit updated");
      case "ListRelatedItems", "ListTimelineEvents", "ListIncidentFindings" ->
          in.put("incidentRecordArn", f.incident());
      case "BatchGetIncidentFindings" -> in.put("incidentRecordArn", f.incident()).putArray("findingIds")
          .add("imkit-" + UUID.randomUUID());
      case "UpdateRelatedItems" -> relatedItem(in.put("incidentRecordArn", f.incident()));
      case "CreateTimelineEvent" -> event(in.put("incidentRecordArn", f.incident()));
      case "GetTimelineEvent", "DeleteTimelineEvent" -> {
        String incident = f.incident();
        in.put("incidentRecordArn", incident).put("eventId", f.timelineEvent(incident));
      }
      case "UpdateTimelineEvent" -> {
        String incident = f.incident();
        in.put("incidentRecordArn", incident).put("eventId", f.timelineEvent(incident))
            .put("eventData", "\"imkit updated\"").put("clientToken", UUID.randomUUID().toString());
      }
      case "GetResourcePolicies" -> in.put("resourceArn", f.responsePlan());
      case "PutResourcePolicy" -> in.put("resourceArn", f.responsePlan()).put("policy", policy());
      case "DeleteResourcePolicy" -> {
        String[] policy = f.resourcePolicy();
        in.put("resourceArn", policy[0]).put("policyId", policy[1]);
      }
      case "ListTagsForResource" -> in.put("resourceArn", f.responsePlan());
      case "TagResource" -> in.put("resourceArn", f.responsePlan()).putObject("tags").put("imkit-check", "yes");
      case "UntagResource" -> in.put("resourceArn", f.responsePlan()).putArray("tagKeys").add("imkit-check");
      case "GetReplicationSet" -> in.put("arn", f.replicationSetArn());
      case "UpdateDeletionProtection" -> {
        if (!f.ownsReplicationSet()) {
          return Optional.empty();
        }
        in.put("arn", f.replicationSetArn()).put("deletionProtected", false);
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(in);
  }

  /** Why {@link #input} is empty for an operation. */
  public static String whyNot(String operation) {
    return switch (operation) {
      case "CreateReplicationSet", "DeleteReplicationSet", "UpdateReplicationSet" ->
          operation + " changes the account's only replication set: judged by its own STATE check";
      default -> operation + " changes the account's replication set, which this run did not create";
    };
  }

  /** A resource policy document allowing another account to read response plans. */
  public static String policy() {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
        + "{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"ssm-incidents:GetResponsePlan\","
        + "\"Resource\":\"*\"}]}";
  }

  private static void relatedItem(ObjectNode in) {
    ObjectNode item = in.putObject("relatedItemsUpdate").putObject("itemToAdd");
    item.put("title", "imkit runbook");
    item.putObject("identifier").put("type", "OTHER").putObject("value")
        .put("url", "https://example.com/imkit/" + UUID.randomUUID());
  }

  private static void event(ObjectNode in) {
    in.put("eventTime", System.currentTimeMillis() / 1000).put("eventType", "Custom Event")
        .put("eventData", "\"imkit event\"")
        // required at 2021-05-11; an idempotency token, so harmless at every revision
        .put("clientToken", UUID.randomUUID().toString());
  }
}
