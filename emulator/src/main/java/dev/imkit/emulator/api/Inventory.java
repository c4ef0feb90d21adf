package dev.imkit.emulator.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A snapshot of the resources one account holds in one region (the replication set is the account's, so it
 * shows in every region).
 *
 * @param account the account id
 * @param region the region name
 * @param responsePlanArns the response plans, by name
 * @param incidentRecordArns the incident records, newest first
 * @param replicationSetArns the account's replication set, if any
 * @param relatedItems how many related items the incident records hold in all
 * @param timelineEvents how many timeline events the incident records hold in all
 * @param resourcePolicies how many resource policies the response plans hold in all
 * @param findings how many findings the incident records hold in all
 */
@API(status = EXPERIMENTAL)
public record Inventory(String account, String region, List<String> responsePlanArns,
    List<String> incidentRecordArns, List<String> replicationSetArns, int relatedItems, int timelineEvents,
    int resourcePolicies, int findings) {

  public Inventory {
    responsePlanArns = List.copyOf(responsePlanArns);
    incidentRecordArns = List.copyOf(incidentRecordArns);
    replicationSetArns = List.copyOf(replicationSetArns);
  }

  /** Whether the partition holds nothing at all. */
  public boolean isEmpty() {
    return responsePlanArns.isEmpty() && incidentRecordArns.isEmpty() && replicationSetArns.isEmpty()
        && relatedItems == 0 && timelineEvents == 0 && resourcePolicies == 0 && findings == 0;
  }
}
