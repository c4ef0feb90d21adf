package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.store.Account;
import dev.imkit.emulator.internal.store.Arns;
import dev.imkit.emulator.internal.store.Ids;
import dev.imkit.emulator.internal.store.ReplicationSet.Region;
import dev.imkit.emulator.internal.store.ReplicationSet;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.emulator.internal.wire.Time;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The replication set operations. The set belongs to the account (one at most), so writers also hold the
 * account's monitor. Changes are in flight for the configured transition delay.
 */
final class ReplicationSets {
  private ReplicationSets() {
  }

  static JsonNode create(Call call) {
    Account account = call.partition().account();
    synchronized (account) {
      ReplicationSet existing = current(call);
      if (existing != null) {
        throw Errors.conflict("The account already has a replication set", Arns.REPLICATION_SET, existing.arn());
      }
      long now = call.now();
      long delay = call.services().transitionDelay().toMillis();
      String transition = delay > 0 ? "CREATING" : null;
      Map<String, Region> regions = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = call.input().path("regions").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        regions.put(e.getKey(), new Region(Json.text(e.getValue(), "sseKmsKeyId"), transition, now));
      }
      String arn = Arns.replicationSet(account.id(), Ids.uuid());
      String who = call.caller().principal();
      account.replicationSet(new ReplicationSet(arn, now, who, now, who, false, Collections.unmodifiableMap(regions),
          Tags.of(call.member("tags")), transition, now + delay));
      return Json.object().put("arn", arn);
    }
  }

  static JsonNode get(Call call) {
    ReplicationSet set = find(call, call.text("arn"));
    return Json.object().set("replicationSet", view(set, call.now()));
  }

  static JsonNode list(Call call) {
    ReplicationSet set = current(call);
    TreeMap<String, String> arns = new TreeMap<>();
    if (set != null) {
      arns.put(set.arn(), set.arn());
    }
    Pager.Page<String> page = call.services().pager().page(call.op(), call.input(), arns, Pager.KeyCodec.TEXT,
        a -> true);
    ObjectNode out = Json.object();
    var list = out.putArray("replicationSetArns");
    page.items().forEach(list::add);
    Views.putIfPresent(out, "nextToken", page.nextToken());
    return out;
  }

  static JsonNode update(Call call) {
    Account account = call.partition().account();
    synchronized (account) {
      ReplicationSet set = find(call, call.text("arn"));
      long now = call.now();
      if (set.busy(now)) {
        throw Errors.conflictUntil("The replication set is " + set.transition() + ": another change is in flight; "
            + "retry once it completes", Arns.REPLICATION_SET, set.arn(), set.settlesAt());
      }
      JsonNode action = call.input().path("actions").path(0);
      Map<String, Region> regions = new LinkedHashMap<>(set.regions());
      long delay = Math.max(call.services().transitionDelay().toMillis(), call.services().updatingHold().toMillis());
      if (action.has("addRegionAction")) {
        addRegion(regions, action.get("addRegionAction"), delay > 0 ? "CREATING" : null, now);
      } else if (action.has("deleteRegionAction")) {
        deleteRegion(regions, action.get("deleteRegionAction").path("regionName").asText(), delay, now);
      }
      account.replicationSet(new ReplicationSet(set.arn(), set.createdTime(), set.createdBy(), now,
          call.caller().principal(), set.deletionProtected(), Collections.unmodifiableMap(regions), set.tags(),
          delay > 0 ? "UPDATING" : null, now + delay));
      return Json.object();
    }
  }

  static JsonNode updateDeletionProtection(Call call) {
    Account account = call.partition().account();
    synchronized (account) {
      ReplicationSet s = find(call, call.text("arn"));
      boolean on = call.input().path("deletionProtected").asBoolean(s.deletionProtected());
      account.replicationSet(new ReplicationSet(s.arn(), s.createdTime(), s.createdBy(), call.now(),
          call.caller().principal(), on, s.regions(), s.tags(), s.transition(), s.settlesAt()));
      return Json.object();
    }
  }

  static JsonNode delete(Call call) {
    Account account = call.partition().account();
    synchronized (account) {
      ReplicationSet set = find(call, call.text("arn"));
      if (set.deletionProtected()) {
        throw Errors.validation("Deletion protection is on for " + set.arn()
            + "; turn it off with UpdateDeletionProtection first");
      }
      call.partition().deleteReplicationSet();
      return Json.object();
    }
  }

  /** The account's set as it is now, or {@code null}. */
  static ReplicationSet current(Call call) {
    ReplicationSet set = call.partition().account().replicationSet();
    return set == null ? null : set.settled(call.now());
  }

  /** The account's set if it has this ARN, or a 404. */
  static ReplicationSet find(Call call, String arn) {
    ReplicationSet set = current(call);
    if (set == null || !set.arn().equals(arn)) {
      throw Errors.notFound(Arns.REPLICATION_SET, String.valueOf(arn));
    }
    return set;
  }

  private static void addRegion(Map<String, Region> regions, JsonNode add, String transition, long now) {
    String name = add.path("regionName").asText();
    if (regions.containsKey(name)) {
      throw Errors.validation("Region " + name + " is already in the replication set");
    }
    if (regions.size() >= 3) {
      throw Errors.validation("A replication set holds at most 3 Regions");
    }
    regions.put(name, new Region(Json.text(add, "sseKmsKeyId"), transition, now));
  }

  private static void deleteRegion(Map<String, Region> regions, String name, long delay, long now) {
    Region region = regions.get(name);
    if (region == null) {
      throw Errors.validation("Region " + name + " is not in the replication set");
    }
    if (regions.size() == 1) {
      throw Errors.validation("Region " + name + " is the last Region of the replication set;"
          + " delete the replication set instead");
    }
    if (delay > 0) {
      regions.put(name, new Region(region.sseKmsKeyId(), "DELETING", now));
    } else {
      regions.remove(name);
    }
  }

  private static ObjectNode view(ReplicationSet set, long now) {
    ObjectNode o = Json.object().put("arn", set.arn());
    o.put("status", set.busy(now) ? set.transition() : "ACTIVE");
    o.put("deletionProtected", set.deletionProtected());
    o.set("createdTime", Time.node(set.createdTime()));
    o.put("createdBy", set.createdBy());
    o.set("lastModifiedTime", Time.node(set.lastModifiedTime()));
    o.put("lastModifiedBy", set.lastModifiedBy());
    ObjectNode regions = o.putObject("regionMap");
    set.regions().forEach((name, r) -> {
      ObjectNode info = regions.putObject(name);
      Views.putIfPresent(info, "sseKmsKeyId", r.sseKmsKeyId());
      boolean moving = r.transition() != null && set.busy(now);
      info.put("status", moving ? r.transition() : "ACTIVE");
      info.set("statusUpdateDateTime", Time.node(r.statusUpdateTime()));
    });
    return o;
  }
}
