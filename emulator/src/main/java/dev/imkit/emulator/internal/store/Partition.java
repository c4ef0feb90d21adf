package dev.imkit.emulator.internal.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What one account holds in one region. Reads need no lock: maps are concurrent and values immutable.
 * Writes hold {@link #lock()}, which also makes check-then-act steps (unique names, dedupe, idempotency)
 * atomic.
 */
public final class Partition {
  private final Account account;
  private final String region;
  private final Object lock = new Object();
  private final ConcurrentSkipListMap<String, ResponsePlan> plans = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<Long, Incident> incidents =
      new ConcurrentSkipListMap<>(Comparator.reverseOrder());
  private final ConcurrentHashMap<String, Incident> incidentsByArn = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ConcurrentSkipListMap<String, ResourcePolicy>> policies =
      new ConcurrentHashMap<>();
  private final Map<String, String> openByDedupe = new HashMap<>();
  private final Idempotency idempotency = new Idempotency();
  private long nextSeq = 1;
  private volatile long newestPlanSeq;

  Partition(Account account, String region) {
    this.account = account;
    this.region = region;
  }

  public Account account() {
    return account;
  }

  public String region() {
    return region;
  }

  /** The lock writers hold. */
  public Object lock() {
    return lock;
  }

  /** Remembered answers to client tokens; use under the lock. */
  public Idempotency idempotency() {
    return idempotency;
  }

  /** The next value of the creation counter; call under the lock. */
  public long nextSeq() {
    return nextSeq++;
  }

  /** Response plans by name. */
  public NavigableMap<String, ResponsePlan> plans() {
    return plans;
  }

  /** The plan with this ARN, or {@code null}. */
  public ResponsePlan plan(String arn) {
    String name = Arns.planName(arn);
    ResponsePlan p = name == null ? null : plans.get(name);
    return p != null && p.arn().equals(arn) ? p : null;
  }

  /** Stores a plan (new or updated). */
  public void putPlan(ResponsePlan plan, boolean created) {
    plans.put(plan.name(), plan);
    if (created) {
      newestPlanSeq = plan.createdSeq();
    }
  }

  /** Removes a plan and its policies. */
  public void removePlan(ResponsePlan plan) {
    plans.remove(plan.name());
    policies.remove(plan.arn());
  }

  /** The creation counter of the newest plan. */
  public long newestPlanSeq() {
    return newestPlanSeq;
  }

  /** Incidents, newest first. */
  public NavigableMap<Long, Incident> incidents() {
    return incidents;
  }

  /** The incident with this ARN, or {@code null}. */
  public Incident incident(String arn) {
    return arn == null ? null : incidentsByArn.get(arn);
  }

  /** Stores a new incident. */
  public void addIncident(Incident incident) {
    IncidentRecord r = incident.record();
    incidents.put(r.seq(), incident);
    incidentsByArn.put(r.arn(), incident);
    indexDedupe(null, r);
  }

  /** Replaces an incident's record, keeping the open-incident dedupe index right. */
  public void updateIncident(Incident incident, IncidentRecord newRecord) {
    IncidentRecord old = incident.record();
    incident.record(newRecord);
    indexDedupe(old, newRecord);
  }

  /** Removes an incident and everything under it. */
  public void removeIncident(Incident incident) {
    IncidentRecord r = incident.record();
    incidents.remove(r.seq());
    incidentsByArn.remove(r.arn());
    indexDedupe(r, null);
  }

  /** The ARN of the open incident with this dedupe string, or {@code null}; call under the lock. */
  public String openIncidentWithDedupe(String dedupeString) {
    return openByDedupe.get(dedupeString);
  }

  private void indexDedupe(IncidentRecord before, IncidentRecord after) {
    if (before != null && before.open() && !before.dedupeString().isEmpty()) {
      openByDedupe.remove(before.dedupeString(), before.arn());
    }
    if (after != null && after.open() && !after.dedupeString().isEmpty()) {
      openByDedupe.putIfAbsent(after.dedupeString(), after.arn());
    }
  }

  /** The policies of a plan by id (empty if none). */
  public NavigableMap<String, ResourcePolicy> policies(String planArn) {
    NavigableMap<String, ResourcePolicy> p = policies.get(planArn);
    return p == null ? Collections.emptyNavigableMap() : p;
  }

  /** Adds a policy to a plan. */
  public void putPolicy(String planArn, ResourcePolicy policy) {
    policies.computeIfAbsent(planArn, k -> new ConcurrentSkipListMap<>()).put(policy.policyId(), policy);
  }

  /** Removes a policy; whether it was there. */
  public boolean removePolicy(String planArn, String policyId) {
    NavigableMap<String, ResourcePolicy> p = policies.get(planArn);
    return p != null && p.remove(policyId) != null;
  }

  /** Counts and ARNs of what the partition holds. */
  public dev.imkit.emulator.api.Inventory inventory() {
    List<String> incidentArns = new ArrayList<>();
    int items = 0;
    int events = 0;
    int findings = 0;
    for (Incident i : incidents.values()) {
      incidentArns.add(i.record().arn());
      items += i.relatedItems().size();
      events += i.events().size();
      findings += i.findings().size();
    }
    int policyCount = policies.values().stream().mapToInt(Map::size).sum();
    ReplicationSet set = account.replicationSet();
    return new dev.imkit.emulator.api.Inventory(account.id(), region,
        plans.values().stream().map(ResponsePlan::arn).toList(), incidentArns,
        set == null ? List.of() : List.of(set.arn()), items, events, policyCount, findings);
  }
}
