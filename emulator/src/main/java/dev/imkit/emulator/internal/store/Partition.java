package dev.imkit.emulator.internal.store;

import dev.imkit.emulator.internal.hooks.StoreHook.Deletion;
import dev.imkit.emulator.internal.hooks.StoreHook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one account holds in one region: response plans (with their policies) and incident records (with
 * what hangs off them). Reads need no lock: maps are concurrent and values immutable. Writes hold
 * {@link #lock()}, which also makes check-then-act steps (unique names, dedupe, idempotency) atomic. What a
 * write keeps, and what a list shows, is the store hook's to say.
 */
public final class Partition {
  private final Account account;
  private final String region;
  private final StoreHook hook;
  private final Object lock = new Object();
  private final Plans plans;
  private final IncidentIndex incidents;
  private final Idempotency idempotency = new Idempotency();
  private long nextSeq = 1;

  Partition(Account account, String region, StoreHook hook) {
    this.account = account;
    this.region = region;
    this.hook = hook;
    this.plans = new Plans(hook);
    this.incidents = new IncidentIndex(hook);
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

  /** The response plans and their policies. */
  public Plans plans() {
    return plans;
  }

  /** The incident records. */
  public IncidentIndex incidents() {
    return incidents;
  }

  /** The tags TagResource stores, changing {@code before} to {@code after}. */
  public Map<String, String> taggedTags(Map<String, String> before, Map<String, String> after) {
    return hook.tags(before, after);
  }

  /** Deletes the account's replication set; call holding the account's monitor. */
  public void deleteReplicationSet() {
    if (hook.deletion(Arns.REPLICATION_SET, Deletion.REMOVE) != Deletion.KEEP) {
      account.replicationSet(null);
    }
  }

  /** Counts and ARNs of what the partition holds (what reads find, not what lists may still show). */
  public dev.imkit.emulator.api.Inventory inventory() {
    List<String> incidentArns = new ArrayList<>();
    int items = 0;
    int events = 0;
    int findings = 0;
    for (Incident i : incidents.newestFirst().values()) {
      if (incidents.find(i.record().arn()) == i) {
        incidentArns.add(i.record().arn());
        items += i.relatedItems().size();
        events += i.events().size();
        findings += i.findings().size();
      }
    }
    ReplicationSet set = account.replicationSet();
    return new dev.imkit.emulator.api.Inventory(account.id(), region,
        plans.byName().values().stream().filter(plans::exists).map(ResponsePlan::arn).toList(), incidentArns,
        set == null ? List.of() : List.of(set.arn()), items, events, plans.policyCount(), findings);
  }
}
