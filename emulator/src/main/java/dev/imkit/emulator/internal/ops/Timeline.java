package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.store.Arns;
import dev.imkit.emulator.internal.store.Ids;
import dev.imkit.emulator.internal.store.Incident;
import dev.imkit.emulator.internal.store.TimelineEvent;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.emulator.internal.wire.Time;
import java.util.NavigableMap;

/** CreateTimelineEvent, GetTimelineEvent, UpdateTimelineEvent, DeleteTimelineEvent, ListTimelineEvents. */
final class Timeline {
  private static final Pager.KeyCodec<TimelineEvent.Key> KEYS = new Pager.KeyCodec<>(
      k -> k.eventTime() + ":" + k.eventId(), Timeline::key);

  private Timeline() {
  }

  static JsonNode create(Call call) {
    Incident incident = Incidents.find(call, call.text("incidentRecordArn"));
    String id = Ids.uuid();
    long now = call.now();
    incident.putEvent(new TimelineEvent(id, Time.millis(call.input(), "eventTime", now), now,
        String.valueOf(call.text("eventType")), String.valueOf(call.text("eventData")),
        call.member("eventReferences")));
    return Json.object().put("incidentRecordArn", incident.record().arn()).put("eventId", id);
  }

  static JsonNode get(Call call) {
    Incident incident = Incidents.find(call, call.text("incidentRecordArn"));
    return Json.object().set("event", Views.timelineEvent(find(call, incident), incident.record().arn()));
  }

  static JsonNode update(Call call) {
    Incident incident = Incidents.find(call, call.text("incidentRecordArn"));
    TimelineEvent e = find(call, incident);
    JsonNode references = call.member("eventReferences");
    incident.putEvent(new TimelineEvent(e.eventId(), Time.millis(call.input(), "eventTime", e.eventTime()),
        call.now(), or(call.text("eventType"), e.eventType()), or(call.text("eventData"), e.eventData()),
        references != null ? references : e.references()));
    return Json.object();
  }

  static JsonNode delete(Call call) {
    Incident incident = call.partition().incidents().find(call.text("incidentRecordArn"));
    if (incident != null) {
      call.partition().incidents().deleteEvent(incident, call.text("eventId"));
    }
    return Json.object();
  }

  static JsonNode list(Call call) {
    Incident incident = call.partition().incidents().find(call.text("incidentRecordArn"));
    ObjectNode out = Json.object();
    var summaries = out.putArray("eventSummaries");
    if (incident == null) {
      return out;
    }
    NavigableMap<TimelineEvent.Key, TimelineEvent> events = incident.events();
    if ("DESCENDING".equals(call.text("sortOrder"))) {
      events = events.descendingMap();
    }
    Pager.Page<TimelineEvent> page = call.services().pager().page(call.op(), call.input(), events, KEYS,
        TimelineFilters.of(call.input().path("filters")));
    String arn = incident.record().arn();
    page.items().forEach(e -> summaries.add(Views.eventSummary(e, arn)));
    Views.putIfPresent(out, "nextToken", page.nextToken());
    return out;
  }

  private static TimelineEvent find(Call call, Incident incident) {
    TimelineEvent e = incident.event(call.text("eventId"));
    if (e == null) {
      throw Errors.notFound(Arns.TIMELINE_EVENT, String.valueOf(call.text("eventId")));
    }
    return e;
  }

  private static TimelineEvent.Key key(String text) {
    int colon = text.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("not an event key");
    }
    return new TimelineEvent.Key(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
