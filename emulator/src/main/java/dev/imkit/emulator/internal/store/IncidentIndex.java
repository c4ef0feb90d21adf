package dev.imkit.emulator.internal.store;

import dev.imkit.emulator.internal.hooks.StoreHook.Deletion;
import dev.imkit.emulator.internal.hooks.StoreHook;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The incident records of a partition: newest first for lists, by ARN for reads, open ones by dedupe string;
 * written as the store hook says. Reads need no lock; writes hold the partition's lock.
 */
public final class IncidentIndex {
  private final StoreHook hook;
  private final ConcurrentSkipListMap<Long, Incident> newestFirst =
      new ConcurrentSkipListMap<>(Comparator.reverseOrder());
  private final ConcurrentHashMap<String, Incident> byArn = new ConcurrentHashMap<>();
  private final Map<String, String> openByDedupe = new HashMap<>();

  IncidentIndex(StoreHook hook) {
    this.hook = hook;
  }

  /** Incidents, newest first, for lists (filter with {@link #listed}). */
  public NavigableMap<Long, Incident> newestFirst() {
    return newestFirst;
  }

  /** The incident with this ARN, or {@code null}. */
  public Incident find(String arn) {
    return arn == null ? null : byArn.get(arn);
  }

  /** Whether lists show this incident. */
  public boolean listed(Incident incident) {
    return hook.listsNewest() || newestFirst.isEmpty() || incident.record().seq() != newestFirst.firstKey();
  }

  /** Stores a new incident. */
  public void add(Incident incident) {
    IncidentRecord r = incident.record();
    newestFirst.put(r.seq(), incident);
    byArn.put(r.arn(), incident);
    indexDedupe(null, r);
  }

  /** The record an update of the incident applies to. */
  public IncidentRecord updateBase(Incident incident) {
    IncidentRecord now = incident.record();
    return hook.updatesFromCreation() ? incident.created().withTags(now.tags()) : now;
  }

  /** Stores an update of an incident's record. */
  public void update(Incident incident, IncidentRecord updated) {
    Long resolved = hook.resolvedTime(incident.record().resolvedTime(), updated.resolvedTime());
    replace(incident, Objects.equals(resolved, updated.resolvedTime()) ? updated : updated.withResolvedTime(resolved));
  }

  /** Stores an incident's new tags. */
  public void retag(Incident incident, Map<String, String> tags) {
    replace(incident, incident.record().withTags(tags));
  }

  /** Deletes an incident and everything under it. */
  public void delete(Incident incident) {
    Deletion d = hook.deletion(Arns.INCIDENT_RECORD, Deletion.REMOVE);
    if (d == Deletion.KEEP) {
      return;
    }
    IncidentRecord r = incident.record();
    if (d == Deletion.REMOVE) {
      newestFirst.remove(r.seq());
    }
    byArn.remove(r.arn());
    indexDedupe(r, null);
  }

  /** Deletes a timeline event of an incident. */
  public void deleteEvent(Incident incident, String eventId) {
    if (hook.deletion(Arns.TIMELINE_EVENT, Deletion.REMOVE) != Deletion.KEEP) {
      incident.removeEvent(eventId);
    }
  }

  /** The ARN of the open incident with this dedupe string, or {@code null}; call under the lock. */
  public String openWithDedupe(String dedupeString) {
    return openByDedupe.get(dedupeString);
  }

  private void replace(Incident incident, IncidentRecord newRecord) {
    IncidentRecord old = incident.record();
    incident.record(newRecord);
    indexDedupe(old, newRecord);
  }

  private void indexDedupe(IncidentRecord before, IncidentRecord after) {
    if (before != null && before.open() && !before.dedupeString().isEmpty()) {
      openByDedupe.remove(before.dedupeString(), before.arn());
    }
    if (after != null && after.open() && !after.dedupeString().isEmpty()) {
      openByDedupe.putIfAbsent(after.dedupeString(), after.arn());
    }
  }
}
