package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.HappyPath;
import dev.imkit.suites.internal.run.CheckContext;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Valid inputs that name a resource that does not exist: well-formed ARNs in the target's account with a random
 * name. Nothing else in them is wrong, so a conforming target answers 404 ResourceNotFoundException.
 */
public final class MissingResource {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** The emulator's default account, used only when the target has not shown its own in any ARN. */
  private static final String FALLBACK_ACCOUNT = "123456789012";
  /**
   * The operations an input can name a missing resource for. CreateResponsePlan models the error too, but its
   * input names nothing the documentation says is looked up (contacts, SNS topics and roles live elsewhere).
   */
  public static final Set<String> OPERATIONS = Set.of("BatchGetIncidentFindings", "CreateTimelineEvent",
      "DeleteReplicationSet", "DeleteResourcePolicy", "GetIncidentRecord", "GetReplicationSet",
      "GetResourcePolicies", "GetResponsePlan", "GetTimelineEvent", "ListIncidentFindings", "ListTagsForResource",
      "PutResourcePolicy", "StartIncident", "TagResource", "UntagResource", "UpdateDeletionProtection",
      "UpdateIncidentRecord", "UpdateRelatedItems", "UpdateReplicationSet", "UpdateResponsePlan",
      "UpdateTimelineEvent");

  private MissingResource() {
  }

  /**
   * The input for {@code op}, or empty when it names no resource that could be missing. A client token is sent
   * where the operation has one, as the SDKs do (CreateTimelineEvent required it at 2021-05-11).
   */
  public static Optional<ObjectNode> input(Operation op, String account, String region) {
    if (!OPERATIONS.contains(op.name())) {
      return Optional.empty();
    }
    ObjectNode in = JSON.objectNode();
    op.idempotencyToken().ifPresent(token -> in.put(token, UUID.randomUUID().toString()));
    return Optional.of(fill(op.name(), in, account, region));
  }

  private static ObjectNode fill(String operation, ObjectNode in, String account, String region) {
    String id = UUID.randomUUID().toString();
    String plan = "arn:aws:ssm-incidents::" + account + ":response-plan/imkit-missing-" + id.substring(0, 8);
    String incident = "arn:aws:ssm-incidents:" + region + ":" + account + ":incident-record/imkit-missing/" + id;
    String replicationSet = "arn:aws:ssm-incidents::" + account + ":replication-set/" + id;
    switch (operation) {
      case "BatchGetIncidentFindings" -> in.put("incidentRecordArn", incident).putArray("findingIds").add(id);
      case "CreateTimelineEvent" -> in.put("incidentRecordArn", incident).put("eventTime", 1_700_000_000)
          .put("eventType", "Custom Event").put("eventData", "\"imkit\"");
      case "DeleteReplicationSet", "GetReplicationSet" -> in.put("arn", replicationSet);
      case "DeleteResourcePolicy" -> in.put("resourceArn", plan).put("policyId", id);
      case "GetIncidentRecord" -> in.put("arn", incident);
      case "GetResourcePolicies", "ListTagsForResource" -> in.put("resourceArn", plan);
      case "GetResponsePlan" -> in.put("arn", plan);
      case "GetTimelineEvent" -> in.put("incidentRecordArn", incident).put("eventId", id);
      case "ListIncidentFindings" -> in.put("incidentRecordArn", incident);
      case "PutResourcePolicy" -> in.put("resourceArn", plan).put("policy", HappyPath.policy());
      case "StartIncident" -> in.put("responsePlanArn", plan);
      case "TagResource" -> in.put("resourceArn", plan).putObject("tags").put("imkit", "missing");
      case "UntagResource" -> in.put("resourceArn", plan).putArray("tagKeys").add("imkit");
      case "UpdateDeletionProtection" -> in.put("arn", replicationSet).put("deletionProtected", false);
      case "UpdateIncidentRecord" -> in.put("arn", incident).put("title", "imkit");
      case "UpdateRelatedItems" -> relatedItem(in.put("incidentRecordArn", incident));
      case "UpdateReplicationSet" -> in.put("arn", replicationSet).putArray("actions").addObject()
          .putObject("addRegionAction").put("regionName", region.equals("us-west-2") ? "us-east-2" : "us-west-2");
      case "UpdateResponsePlan" -> in.put("arn", plan).put("incidentTemplateTitle", "imkit");
      case "UpdateTimelineEvent" -> in.put("incidentRecordArn", incident).put("eventId", id)
          .put("eventData", "\"imkit\"");
      default -> throw new IllegalStateException("no missing-resource input for " + operation);
    }
    return in;
  }

  /** The input for {@code operation} in the target's account and region. */
  public static Optional<ObjectNode> input(String operation, CheckContext context) {
    return input(context.target().contract().operation(operation), account(context),
        context.target().settings().region());
  }

  /**
   * The target's account: from an ARN it returned earlier, else from its replication sets or response plans
   * (read calls only), else the emulator's default.
   */
  static String account(CheckContext context) {
    String known = context.target().account();
    if (!known.isEmpty()) {
      return known;
    }
    for (String[] list : new String[][] {{"ListReplicationSets", "replicationSetArns"},
        {"ListResponsePlans", "responsePlanSummaries"}}) {
      Exchange answer = context.target().call(list[0], JSON.objectNode());
      JsonNode items = answer.jsonOrNull() == null ? null : answer.jsonOrNull().path(list[1]);
      if (answer.succeeded() && items != null && items.size() > 0) {
        JsonNode first = items.get(0);
        context.target().learnAccount(first.isTextual() ? first.textValue() : first.path("arn").asText());
        if (!context.target().account().isEmpty()) {
          return context.target().account();
        }
      }
    }
    return FALLBACK_ACCOUNT;
  }

  private static void relatedItem(ObjectNode in) {
    ObjectNode item = in.putObject("relatedItemsUpdate").putObject("itemToAdd");
    item.put("title", "imkit");
    item.putObject("identifier").put("type", "OTHER").putObject("value").put("url", "https://example.com/imkit");
  }
}
