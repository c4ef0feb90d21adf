package dev.imkit.emulator.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The fields of an incident record, immutable (an update stores a copy). Kept typed rather than as a JSON
 * tree: a hundred thousand of them must fit in little memory. JSON members are shared, never changed.
 *
 * @param arn the record's ARN
 * @param seq the partition's creation counter, the key of the newest-first order
 * @param title the title
 * @param summary the summary, or {@code null}
 * @param impact 1 to 5
 * @param status OPEN or RESOLVED
 * @param dedupeString the dedupe string (may be empty)
 * @param creationTime epoch millis
 * @param lastModifiedTime epoch millis
 * @param resolvedTime epoch millis, or {@code null}
 * @param lastModifiedBy the principal ARN
 * @param source who and what started it
 * @param chatChannel the ChatChannel union, or {@code null}
 * @param notificationTargets the NotificationTargetSet, or {@code null}
 * @param automationExecutions the SSM automation execution ARNs
 * @param tags the record's tags
 */
public record IncidentRecord(String arn, long seq, String title, String summary, int impact, String status,
    String dedupeString, long creationTime, long lastModifiedTime, Long resolvedTime, String lastModifiedBy,
    Source source, JsonNode chatChannel, JsonNode notificationTargets, List<String> automationExecutions,
    Map<String, String> tags) implements Tagged<IncidentRecord> {

  public static final String OPEN = "OPEN";
  public static final String RESOLVED = "RESOLVED";

  /**
   * What started the incident.
   *
   * @param createdBy the principal
   * @param source the source service, e.g. {@code aws.ssm-incidents.custom}
   * @param resourceArn the resource that caused it, or {@code null}
   */
  public record Source(String createdBy, String source, String resourceArn) {
  }

  @Override
  public IncidentRecord withTags(Map<String, String> newTags) {
    return new IncidentRecord(arn, seq, title, summary, impact, status, dedupeString, creationTime,
        lastModifiedTime, resolvedTime, lastModifiedBy, source, chatChannel, notificationTargets,
        automationExecutions, newTags);
  }

  /** A copy with another resolvedTime. */
  public IncidentRecord withResolvedTime(Long newResolvedTime) {
    return new IncidentRecord(arn, seq, title, summary, impact, status, dedupeString, creationTime,
        lastModifiedTime, newResolvedTime, lastModifiedBy, source, chatChannel, notificationTargets,
        automationExecutions, tags);
  }

  /** Whether the incident is open. */
  public boolean open() {
    return OPEN.equals(status);
  }
}
