package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.store.IncidentRecord;
import dev.imkit.emulator.internal.store.RelatedItem;
import dev.imkit.emulator.internal.store.TimelineEvent;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.emulator.internal.wire.Time;
import java.util.Map;

/** Stored resources in their wire form, as the output shapes define them. */
final class Views {
  private Views() {
  }

  static ObjectNode incidentRecord(IncidentRecord r) {
    ObjectNode o = incidentSummary(r);
    o.put("dedupeString", r.dedupeString());
    o.set("lastModifiedTime", Time.node(r.lastModifiedTime()));
    o.put("lastModifiedBy", r.lastModifiedBy());
    putIfPresent(o, "summary", r.summary());
    if (r.chatChannel() != null) {
      o.set("chatChannel", r.chatChannel());
    }
    if (r.notificationTargets() != null) {
      o.set("notificationTargets", r.notificationTargets());
    }
    if (!r.automationExecutions().isEmpty()) {
      var executions = o.putArray("automationExecutions");
      r.automationExecutions().forEach(arn -> executions.addObject().put("ssmExecutionArn", arn));
    }
    return o;
  }

  static ObjectNode incidentSummary(IncidentRecord r) {
    ObjectNode o = Json.object();
    o.put("arn", r.arn());
    o.put("title", r.title());
    o.put("impact", r.impact());
    o.put("status", r.status());
    o.set("creationTime", Time.node(r.creationTime()));
    if (r.resolvedTime() != null) {
      o.set("resolvedTime", Time.node(r.resolvedTime()));
    }
    ObjectNode source = o.putObject("incidentRecordSource");
    source.put("createdBy", r.source().createdBy());
    source.put("source", r.source().source());
    putIfPresent(source, "resourceArn", r.source().resourceArn());
    return o;
  }

  static ObjectNode relatedItem(RelatedItem item) {
    ObjectNode o = Json.object();
    ObjectNode identifier = o.putObject("identifier");
    identifier.put("type", item.type());
    identifier.set("value", Json.parseOwn(item.valueJson()));
    putIfPresent(o, "title", item.title());
    o.put("generatedId", item.generatedId());
    return o;
  }

  static ObjectNode eventSummary(TimelineEvent e, String incidentArn) {
    ObjectNode o = Json.object();
    o.put("incidentRecordArn", incidentArn);
    o.put("eventId", e.eventId());
    o.set("eventTime", Time.node(e.eventTime()));
    o.set("eventUpdatedTime", Time.node(e.updatedTime()));
    o.put("eventType", e.eventType());
    if (e.references() != null) {
      o.set("eventReferences", e.references());
    }
    return o;
  }

  static ObjectNode timelineEvent(TimelineEvent e, String incidentArn) {
    return eventSummary(e, incidentArn).put("eventData", e.eventData());
  }

  static ObjectNode tags(Map<String, String> tags) {
    ObjectNode o = Json.object();
    tags.forEach(o::put);
    return o;
  }

  static void putIfPresent(ObjectNode o, String member, String value) {
    if (value != null) {
      o.put(member, value);
    }
  }

  static void setIfPresent(ObjectNode o, String member, JsonNode value) {
    if (value != null) {
      o.set(member, value);
    }
  }
}
