package dev.imkit.emulator.internal.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A timeline event of an incident.
 *
 * @param eventId a UUID
 * @param eventTime when it happened, epoch millis
 * @param updatedTime when it was last written, epoch millis
 * @param eventType e.g. {@code Custom Event}
 * @param eventData the text
 * @param references the EventReferenceList, or {@code null}
 */
public record TimelineEvent(String eventId, long eventTime, long updatedTime, String eventType, String eventData,
    JsonNode references) {

  /** Its place in the event-time order. */
  public Key key() {
    return new Key(eventTime, eventId);
  }

  /**
   * The order of events: by time, then id.
   *
   * @param eventTime epoch millis
   * @param eventId the id
   */
  public record Key(long eventTime, String eventId) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Long.compare(eventTime, o.eventTime);
      return c != 0 ? c : eventId.compareTo(o.eventId);
    }
  }
}
