package dev.imkit.emulator.internal.store;

import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An incident record and what hangs off it: related items, timeline events, findings. The record is
 * replaced as a whole on update; the child maps are created on first use, since most incidents have no
 * timeline events or findings. Writers hold the partition's lock; readers need none.
 */
public final class Incident {
  private final IncidentRecord created;
  private volatile IncidentRecord record;
  private final ConcurrentSkipListMap<Long, RelatedItem> relatedItems = new ConcurrentSkipListMap<>();
  private volatile ConcurrentSkipListMap<TimelineEvent.Key, TimelineEvent> events;
  private volatile ConcurrentHashMap<String, TimelineEvent> eventsById;
  private volatile ConcurrentSkipListMap<String, StoredFinding> findings;
  private long nextItemSeq;

  public Incident(IncidentRecord record) {
    this.created = record;
    this.record = record;
  }

  /** The record as StartIncident made it. */
  public IncidentRecord created() {
    return created;
  }

  public IncidentRecord record() {
    return record;
  }

  public void record(IncidentRecord newRecord) {
    this.record = newRecord;
  }

  /** Related items in the order they were added, keyed by a counter that never goes back. */
  public NavigableMap<Long, RelatedItem> relatedItems() {
    return relatedItems;
  }

  /** Adds a related item at the end. */
  public void addRelatedItem(RelatedItem item) {
    relatedItems.put(nextItemSeq++, item);
  }

  /** Timeline events by event time, then id (empty if none). */
  public NavigableMap<TimelineEvent.Key, TimelineEvent> events() {
    ConcurrentSkipListMap<TimelineEvent.Key, TimelineEvent> e = events;
    return e == null ? java.util.Collections.emptyNavigableMap() : e;
  }

  /** The timeline event with this id, or {@code null}. */
  public TimelineEvent event(String eventId) {
    ConcurrentHashMap<String, TimelineEvent> byId = eventsById;
    return byId == null || eventId == null ? null : byId.get(eventId);
  }

  /** Stores or replaces a timeline event. */
  public void putEvent(TimelineEvent event) {
    if (events == null) {
      eventsById = new ConcurrentHashMap<>();
      events = new ConcurrentSkipListMap<>();
    }
    TimelineEvent old = eventsById.put(event.eventId(), event);
    if (old != null) {
      events.remove(old.key());
    }
    events.put(event.key(), event);
  }

  /** Removes a timeline event; whether it was there. */
  public boolean removeEvent(String eventId) {
    TimelineEvent old = eventsById == null ? null : eventsById.remove(eventId);
    if (old != null) {
      events.remove(old.key());
    }
    return old != null;
  }

  /** Findings by id (empty if none). */
  public NavigableMap<String, StoredFinding> findings() {
    ConcurrentSkipListMap<String, StoredFinding> f = findings;
    return f == null ? java.util.Collections.emptyNavigableMap() : f;
  }

  /** Stores a finding. */
  public void putFinding(StoredFinding finding) {
    if (findings == null) {
      findings = new ConcurrentSkipListMap<>();
    }
    findings.put(finding.id(), finding);
  }
}
