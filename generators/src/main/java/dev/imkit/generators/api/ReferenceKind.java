package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A kind of existing resource an input member refers to, and how a {@link GenerationContext} supplies it. */
@API(status = EXPERIMENTAL)
public enum ReferenceKind {
  /** A response plan ARN (StartIncident, Get/Update/DeleteResponsePlan, the resource policy operations). */
  RESPONSE_PLAN("a response plan ARN", "withResponsePlanArns(\"arn:aws:ssm-incidents::111122223333:response-plan/my-plan\")"),
  /** An incident record ARN (the incident, timeline event, related item and finding operations). */
  INCIDENT_RECORD("an incident record ARN",
      "withIncidentRecordArns(\"arn:aws:ssm-incidents::111122223333:incident-record/my-plan/<id>\")"),
  /** A timeline event id, with the incident it belongs to (Get/Update/DeleteTimelineEvent). */
  TIMELINE_EVENT("a timeline event (incident record ARN and event id)",
      "withTimelineEvent(incidentRecordArn, eventId)"),
  /** A related item's generatedId, with its incident (EventReference.relatedItemId). */
  RELATED_ITEM("a related item (incident record ARN and generatedId)", "withRelatedItem(incidentRecordArn, generatedId)"),
  /** A replication set ARN (Get/Update/DeleteReplicationSet, UpdateDeletionProtection). */
  REPLICATION_SET("a replication set ARN",
      "withReplicationSetArns(\"arn:aws:ssm-incidents::111122223333:replication-set/<id>\")"),
  /** The ARN of a taggable resource (TagResource, UntagResource, ListTagsForResource). */
  TAGGABLE_RESOURCE("a taggable resource ARN", "withTaggableArns(...) or withResponsePlanArns(...)"),
  /** A resource policy id, with the response plan it is attached to (DeleteResourcePolicy). */
  RESOURCE_POLICY("a resource policy (response plan ARN and policy id)", "withResourcePolicy(responsePlanArn, policyId)"),
  /** A pagination token returned by an earlier page (nextToken); never synthesized in a strict context. */
  PAGINATION_TOKEN("a pagination token", "a lenient context (GenerationContext.defaults())");

  private final String description;
  private final String howToSupply;

  ReferenceKind(String description, String howToSupply) {
    this.description = description;
    this.howToSupply = howToSupply;
  }

  /** What the reference is, for a person. */
  public String description() {
    return description;
  }

  /** The {@link GenerationContext} call that supplies it. */
  public String howToSupply() {
    return howToSupply;
  }
}
