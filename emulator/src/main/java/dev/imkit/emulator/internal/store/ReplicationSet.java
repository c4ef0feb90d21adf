package dev.imkit.emulator.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An account's replication set, immutable. A change (creation, adding or deleting a region) is in flight
 * until {@code settlesAt}; statuses are computed from the clock, so no background work is needed.
 *
 * @param arn its ARN
 * @param createdTime epoch millis
 * @param createdBy principal ARN
 * @param lastModifiedTime epoch millis
 * @param lastModifiedBy principal ARN
 * @param deletionProtected whether deleting the last region (and the set) is refused
 * @param regions region name to region, in the order they were added
 * @param tags the set's tags
 * @param transition CREATING or UPDATING while a change is in flight, else {@code null}
 * @param settlesAt when the change in flight completes, epoch millis
 */
public record ReplicationSet(String arn, long createdTime, String createdBy, long lastModifiedTime,
    String lastModifiedBy, boolean deletionProtected, Map<String, Region> regions, Map<String, String> tags,
    String transition, long settlesAt) implements Tagged<ReplicationSet> {

  /**
   * One region of the set.
   *
   * @param sseKmsKeyId the KMS key, or {@code null} for the AWS owned key
   * @param transition CREATING or DELETING while the set's change is in flight, else {@code null}
   * @param statusUpdateTime epoch millis of the last status change
   */
  public record Region(String sseKmsKeyId, String transition, long statusUpdateTime) {
  }

  /** Whether a change is still in flight at {@code now}. */
  public boolean busy(long now) {
    return transition != null && now < settlesAt;
  }

  /** The set as it is at {@code now}: a change whose time has come is applied. */
  public ReplicationSet settled(long now) {
    if (transition == null || busy(now)) {
      return this;
    }
    Map<String, Region> done = new LinkedHashMap<>();
    regions.forEach((name, r) -> {
      if (!"DELETING".equals(r.transition())) {
        done.put(name, r.transition() == null ? r : new Region(r.sseKmsKeyId(), null, settlesAt));
      }
    });
    return new ReplicationSet(arn, createdTime, createdBy, lastModifiedTime, lastModifiedBy, deletionProtected,
        java.util.Collections.unmodifiableMap(done), tags, null, settlesAt);
  }

  @Override
  public ReplicationSet withTags(Map<String, String> newTags) {
    return new ReplicationSet(arn, createdTime, createdBy, lastModifiedTime, lastModifiedBy, deletionProtected,
        regions, newTags, transition, settlesAt);
  }
}
