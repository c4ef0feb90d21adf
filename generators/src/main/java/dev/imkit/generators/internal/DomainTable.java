package dev.imkit.generators.internal;

import dev.imkit.generators.api.ReferenceKind;
import dev.imkit.schemas.api.Operation;
import java.util.Map;

/**
 * Which input members refer to existing resources, by operation and pointer template ({@code *} for any
 * operation). This is the one place that knows, from the API documentation, what an ARN or id member points
 * to; the contract itself only says "Arn". Pagination tokens come from the contract's paginators instead.
 */
final class DomainTable {
  private static final Map<String, ReferenceKind> REFERENCES = Map.ofEntries(
      Map.entry("StartIncident /responsePlanArn", ReferenceKind.RESPONSE_PLAN),
      Map.entry("GetResponsePlan /arn", ReferenceKind.RESPONSE_PLAN),
      Map.entry("UpdateResponsePlan /arn", ReferenceKind.RESPONSE_PLAN),
      Map.entry("DeleteResponsePlan /arn", ReferenceKind.RESPONSE_PLAN),
      Map.entry("PutResourcePolicy /resourceArn", ReferenceKind.RESPONSE_PLAN),
      Map.entry("GetResourcePolicies /resourceArn", ReferenceKind.RESPONSE_PLAN),
      Map.entry("DeleteResourcePolicy /resourceArn", ReferenceKind.RESPONSE_PLAN),
      Map.entry("DeleteResourcePolicy /policyId", ReferenceKind.RESOURCE_POLICY),
      Map.entry("* /incidentRecordArn", ReferenceKind.INCIDENT_RECORD),
      Map.entry("GetIncidentRecord /arn", ReferenceKind.INCIDENT_RECORD),
      Map.entry("UpdateIncidentRecord /arn", ReferenceKind.INCIDENT_RECORD),
      Map.entry("DeleteIncidentRecord /arn", ReferenceKind.INCIDENT_RECORD),
      Map.entry("GetTimelineEvent /eventId", ReferenceKind.TIMELINE_EVENT),
      Map.entry("UpdateTimelineEvent /eventId", ReferenceKind.TIMELINE_EVENT),
      Map.entry("DeleteTimelineEvent /eventId", ReferenceKind.TIMELINE_EVENT),
      Map.entry("CreateTimelineEvent /eventReferences/0/relatedItemId", ReferenceKind.RELATED_ITEM),
      Map.entry("UpdateTimelineEvent /eventReferences/0/relatedItemId", ReferenceKind.RELATED_ITEM),
      Map.entry("GetReplicationSet /arn", ReferenceKind.REPLICATION_SET),
      Map.entry("UpdateReplicationSet /arn", ReferenceKind.REPLICATION_SET),
      Map.entry("DeleteReplicationSet /arn", ReferenceKind.REPLICATION_SET),
      Map.entry("UpdateDeletionProtection /arn", ReferenceKind.REPLICATION_SET),
      Map.entry("TagResource /resourceArn", ReferenceKind.TAGGABLE_RESOURCE),
      Map.entry("UntagResource /resourceArn", ReferenceKind.TAGGABLE_RESOURCE),
      Map.entry("ListTagsForResource /resourceArn", ReferenceKind.TAGGABLE_RESOURCE));

  /** Members the documentation tells clients not to send (RelatedItem.generatedId when adding an item). */
  private static final Map<String, String> NOT_SENT = Map.of(
      "StartIncident /relatedItems/0/generatedId", "the server assigns it",
      "UpdateRelatedItems /relatedItemsUpdate/itemToAdd/generatedId", "the server assigns it");

  /** Members whose values must be unique per try (a second create with the same name conflicts). */
  private static final Map<String, String> UNIQUE_NAMES = Map.of("CreateResponsePlan /name", "response plan name");

  private DomainTable() {
  }

  /** The resource {@code pointer} of {@code operation}'s input refers to, or {@code null}. */
  static ReferenceKind reference(Operation operation, String pointer) {
    ReferenceKind kind = REFERENCES.get(operation.name() + " " + pointer);
    if (kind == null) {
      kind = REFERENCES.get("* " + pointer);
    }
    if (kind == null && operation.paginator().isPresent()
        && pointer.equals("/" + operation.paginator().get().inputToken())) {
      kind = ReferenceKind.PAGINATION_TOKEN;
    }
    return kind;
  }

  static boolean notSent(Operation operation, String pointer) {
    return NOT_SENT.containsKey(operation.name() + " " + pointer);
  }

  static boolean uniqueName(Operation operation, String pointer) {
    return UNIQUE_NAMES.containsKey(operation.name() + " " + pointer);
  }

  static boolean idempotencyToken(Operation operation, String pointer) {
    return operation.idempotencyToken().map(t -> pointer.equals("/" + t)).orElse(false);
  }
}
