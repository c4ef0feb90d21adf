package dev.imkit.emulator.internal.ops;

import dev.imkit.emulator.internal.engine.Handler;
import java.util.Map;

/** The handler of every operation, by operation name; routes and bindings come from the contract. */
public final class Handlers {
  private Handlers() {
  }

  /** Every operation of the current revision (older revisions use a subset). */
  public static Map<String, Handler> all() {
    return Map.ofEntries(
        Map.entry("CreateResponsePlan", ResponsePlans::create),
        Map.entry("GetResponsePlan", ResponsePlans::get),
        Map.entry("UpdateResponsePlan", ResponsePlans::update),
        Map.entry("DeleteResponsePlan", ResponsePlans::delete),
        Map.entry("ListResponsePlans", ResponsePlans::list),
        Map.entry("StartIncident", Incidents::start),
        Map.entry("GetIncidentRecord", Incidents::get),
        Map.entry("UpdateIncidentRecord", Incidents::update),
        Map.entry("DeleteIncidentRecord", Incidents::delete),
        Map.entry("ListIncidentRecords", Incidents::list),
        Map.entry("UpdateRelatedItems", RelatedItems::update),
        Map.entry("ListRelatedItems", RelatedItems::list),
        Map.entry("CreateTimelineEvent", Timeline::create),
        Map.entry("GetTimelineEvent", Timeline::get),
        Map.entry("UpdateTimelineEvent", Timeline::update),
        Map.entry("DeleteTimelineEvent", Timeline::delete),
        Map.entry("ListTimelineEvents", Timeline::list),
        Map.entry("CreateReplicationSet", ReplicationSets::create),
        Map.entry("GetReplicationSet", ReplicationSets::get),
        Map.entry("ListReplicationSets", ReplicationSets::list),
        Map.entry("UpdateReplicationSet", ReplicationSets::update),
        Map.entry("UpdateDeletionProtection", ReplicationSets::updateDeletionProtection),
        Map.entry("DeleteReplicationSet", ReplicationSets::delete),
        Map.entry("TagResource", Tagging::tag),
        Map.entry("UntagResource", Tagging::untag),
        Map.entry("ListTagsForResource", Tagging::list),
        Map.entry("PutResourcePolicy", Policies::put),
        Map.entry("GetResourcePolicies", Policies::get),
        Map.entry("DeleteResourcePolicy", Policies::delete),
        Map.entry("ListIncidentFindings", Findings::list),
        Map.entry("BatchGetIncidentFindings", Findings::batchGet));
  }
}
