package dev.imkit.emulator.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.hooks.StoreHook.Deletion;
import dev.imkit.emulator.internal.hooks.StoreHook;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The response plans of a partition and their resource policies, written as the store hook says. Reads need
 * no lock; writes hold the partition's lock.
 */
public final class Plans {
  private final StoreHook hook;
  private final ConcurrentSkipListMap<String, ResponsePlan> byName = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<String, ConcurrentSkipListMap<String, ResourcePolicy>> policies =
      new ConcurrentHashMap<>();
  /** ARNs of deleted plans that lists still show (empty unless the hook keeps deleted plans listed). */
  private final Set<String> unreadable = ConcurrentHashMap.newKeySet();
  /** Tags of deleted plans, by ARN (empty unless the hook keeps them). */
  private final Map<String, Map<String, String>> leftTags = new ConcurrentHashMap<>();
  private volatile long newestSeq;

  Plans(StoreHook hook) {
    this.hook = hook;
  }

  /** Plans by name, for lists (filter with {@link #listed}). */
  public NavigableMap<String, ResponsePlan> byName() {
    return byName;
  }

  /** The plan with this ARN, or {@code null}. */
  public ResponsePlan find(String arn) {
    String name = Arns.planName(arn);
    ResponsePlan p = name == null ? null : byName.get(name);
    return p != null && p.arn().equals(arn) && !unreadable.contains(arn) ? p : null;
  }

  /** Whether lists show this plan. */
  public boolean listed(ResponsePlan plan) {
    return hook.listsNewest() || plan.createdSeq() != newestSeq;
  }

  /** Whether reads find this plan (lists may show deleted ones). */
  public boolean exists(ResponsePlan plan) {
    return !unreadable.contains(plan.arn());
  }

  /** Stores a new plan; returns it as stored. */
  public ResponsePlan create(ResponsePlan plan) {
    Map<String, String> left = leftTags.remove(plan.arn());
    Map<String, String> tags = left == null ? plan.tags() : merged(left, plan.tags());
    ResponsePlan stored = new ResponsePlan(plan.arn(), plan.name(), plan.createdSeq(),
        hook.planDocument(true, plan.document()), tags);
    unreadable.remove(plan.arn());
    byName.put(stored.name(), stored);
    newestSeq = stored.createdSeq();
    return stored;
  }

  /** Stores a plan's new document. */
  public void update(ResponsePlan plan, ObjectNode document) {
    byName.put(plan.name(), plan.withDocument(hook.planDocument(false, document)));
  }

  /** Stores a plan's new tags. */
  public void retag(ResponsePlan plan, Map<String, String> tags) {
    byName.put(plan.name(), plan.withTags(tags));
  }

  /** The document an update of the plan applies to. */
  public ObjectNode updateBase(ResponsePlan plan) {
    return hook.updatesFromCreation() ? plan.original() : plan.document();
  }

  /** Deletes a plan and its policies. */
  public void delete(ResponsePlan plan) {
    Deletion d = hook.deletion(Arns.RESPONSE_PLAN, Deletion.REMOVE);
    if (d == Deletion.KEEP) {
      return;
    }
    if (hook.tagsOutliveResources() && !plan.tags().isEmpty()) {
      leftTags.put(plan.arn(), plan.tags());
    }
    policies.remove(plan.arn());
    if (d == Deletion.KEEP_LISTED) {
      unreadable.add(plan.arn());
    } else {
      byName.remove(plan.name());
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

  /** Deletes a policy of a plan. */
  public void deletePolicy(String planArn, String policyId) {
    NavigableMap<String, ResourcePolicy> p = policies.get(planArn);
    if (p != null && hook.deletion(Arns.RESOURCE_POLICY, Deletion.REMOVE) != Deletion.KEEP) {
      p.remove(policyId);
    }
  }

  /** How many policies the plans hold. */
  public int policyCount() {
    return policies.values().stream().mapToInt(Map::size).sum();
  }

  private static Map<String, String> merged(Map<String, String> base, Map<String, String> more) {
    Map<String, String> out = new LinkedHashMap<>(base);
    out.putAll(more);
    return Collections.unmodifiableMap(out);
  }
}
