package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.store.Arns;
import dev.imkit.emulator.internal.store.Incident;
import dev.imkit.emulator.internal.store.ReplicationSet;
import dev.imkit.emulator.internal.store.ResponsePlan;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** TagResource, UntagResource, ListTagsForResource on response plans, incident records and replication sets. */
final class Tagging {
  /** The service's limit of tags per resource. */
  static final int MAX_TAGS = 50;

  private Tagging() {
  }

  static JsonNode tag(Call call) {
    Map<String, String> added = Tags.of(call.member("tags"));
    target(call).edit(tags -> {
      Map<String, String> merged = Tags.merge(tags, added);
      if (merged.size() > MAX_TAGS) {
        throw Errors.quota("A resource can have at most " + MAX_TAGS + " tags; this would make " + merged.size(),
            "TagsPerResource", Arns.kind(call.text("resourceArn")), call.text("resourceArn"));
      }
      return call.partition().taggedTags(tags, merged);
    });
    return Json.object();
  }

  static JsonNode untag(Call call) {
    List<String> keys = new ArrayList<>();
    call.input().path("tagKeys").forEach(k -> keys.add(k.asText()));
    target(call).edit(tags -> Tags.without(tags, keys));
    return Json.object();
  }

  static JsonNode list(Call call) {
    return Json.object().set("tags", Views.tags(target(call).tags()));
  }

  /** A taggable resource: its tags now, and how to change them. */
  private record Target(Map<String, String> tags, Consumer<UnaryOperator<Map<String, String>>> editor) {
    void edit(UnaryOperator<Map<String, String>> edit) {
      editor.accept(edit);
    }
  }

  /** The resource the request names, or a 404. */
  private static Target target(Call call) {
    String arn = call.text("resourceArn");
    String kind = Arns.kind(arn);
    ResponsePlan plan = Arns.RESPONSE_PLAN.equals(kind) ? call.partition().plans().find(arn) : null;
    if (plan != null) {
      return new Target(plan.tags(), edit -> call.partition().plans().retag(plan, edit.apply(plan.tags())));
    }
    Incident incident = Arns.INCIDENT_RECORD.equals(kind) ? call.partition().incidents().find(arn) : null;
    if (incident != null) {
      return new Target(incident.record().tags(), edit -> call.partition().incidents().retag(incident,
          edit.apply(incident.record().tags())));
    }
    ReplicationSet set = Arns.REPLICATION_SET.equals(kind) ? setWithArn(call, arn) : null;
    if (set != null) {
      return new Target(set.tags(), edit -> editSet(call, arn, edit));
    }
    throw Errors.notFound(kind == null ? Arns.RESPONSE_PLAN : kind, String.valueOf(arn));
  }

  /** The set is the account's, shared by every region: read and write it under the account's monitor. */
  private static void editSet(Call call, String arn, UnaryOperator<Map<String, String>> edit) {
    synchronized (call.partition().account()) {
      ReplicationSet set = setWithArn(call, arn);
      if (set == null) {
        throw Errors.notFound(Arns.REPLICATION_SET, arn);
      }
      call.partition().account().replicationSet(set.withTags(edit.apply(set.tags())));
    }
  }

  private static ReplicationSet setWithArn(Call call, String arn) {
    ReplicationSet set = call.partition().account().replicationSet();
    return set != null && set.arn().equals(arn) ? set : null;
  }
}
