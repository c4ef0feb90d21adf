package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.UUID;

/** Custom timeline events: created, read, updated, deleted and listed, with eventReferences where modeled. */
final class TimelineChecks {
  private static final String OLDEST = StateCheck.OLDEST;

  private TimelineChecks() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-READBACK-CreateTimelineEvent", List.of("CreateTimelineEvent", "GetTimelineEvent"),
            List.of("CreateTimelineEventInput.eventTime", "CreateTimelineEventInput.eventType",
                "CreateTimelineEventInput.eventData"), OLDEST,
            "GetTimelineEvent returns the event as CreateTimelineEvent wrote it", TimelineChecks::readBack),
        StateCheck.must("STATE-READBACK-CreateTimelineEvent-eventReferences",
            List.of("CreateTimelineEvent", "GetTimelineEvent"), List.of("CreateTimelineEventInput.eventReferences"),
            Since.member("CreateTimelineEventInput", "eventReferences"),
            "GetTimelineEvent returns the eventReferences the event was created with", TimelineChecks::references),
        StateCheck.must("STATE-UPDATE-UpdateTimelineEvent", List.of("UpdateTimelineEvent", "GetTimelineEvent"),
            List.of("UpdateTimelineEventInput.eventData", "UpdateTimelineEventInput.eventTime"), OLDEST,
            "GetTimelineEvent returns what UpdateTimelineEvent set", TimelineChecks::update),
        StateCheck.must("STATE-DELETE-DeleteTimelineEvent", List.of("DeleteTimelineEvent", "GetTimelineEvent"),
            List.of("DeleteTimelineEvent", "ResourceNotFoundException"), OLDEST,
            "after DeleteTimelineEvent, GetTimelineEvent answers 404 ResourceNotFoundException",
            TimelineChecks::delete),
        StateCheck.must("STATE-LIST-ListTimelineEvents", List.of("CreateTimelineEvent", "ListTimelineEvents"),
            List.of("ListTimelineEventsOutput.eventSummaries"), OLDEST,
            "ListTimelineEvents lists a custom event just created, once", TimelineChecks::list));
  }

  private static void readBack(CheckContext c) {
    String incident = c.fixtures().incident();
    ObjectNode event = event(incident);
    String id = create(c, event, "CreateTimelineEvent then GetTimelineEvent");
    expectEvent(c, incident, id, event, "GetTimelineEvent returns what CreateTimelineEvent wrote");
  }

  private static void references(CheckContext c) {
    String incident = c.fixtures().incident();
    ObjectNode event = event(incident);
    event.putArray("eventReferences").addObject()
        .put("resource", "arn:aws:dynamodb:us-east-1:111122223333:table/imkit-" + UUID.randomUUID());
    String id = create(c, event, "CreateTimelineEventInput.eventReferences");
    expectEvent(c, incident, id, event, "CreateTimelineEventInput.eventReferences are stored and returned");
  }

  private static void update(CheckContext c) {
    String incident = c.fixtures().incident();
    String id = create(c, event(incident), "CreateTimelineEvent before UpdateTimelineEvent");
    ObjectNode change = Steps.object().put("eventData", "\"imkit updated event\"")
        .put("eventTime", System.currentTimeMillis() / 1000 - 60);
    String rule = "UpdateTimelineEvent changes what GetTimelineEvent returns";
    Steps.must(c, "UpdateTimelineEvent", change.deepCopy().put("incidentRecordArn", incident).put("eventId", id), rule);
    expectEvent(c, incident, id, change, rule);
  }

  private static void delete(CheckContext c) {
    String incident = c.fixtures().incident();
    String id = create(c, event(incident), "CreateTimelineEvent before DeleteTimelineEvent");
    ObjectNode key = Steps.object().put("incidentRecordArn", incident).put("eventId", id);
    Steps.must(c, "DeleteTimelineEvent", key, "DeleteTimelineEvent succeeds");
    Steps.mustBeGone(c, "GetTimelineEvent", key, "delete then 404", "the timeline event " + id);
  }

  private static void list(CheckContext c) {
    String incident = c.fixtures().incident();
    String id = create(c, event(incident), "CreateTimelineEvent before ListTimelineEvents");
    String rule = "ListTimelineEvents lists every event of the incident";
    Walk walk = Walk.settled(c, () -> Walk.of(c, c.target().contract().operation("ListTimelineEvents"),
        Steps.object().put("incidentRecordArn", incident), 50, rule),
        w -> w.count(e -> id.equals(e.path("eventId").asText())) > 0, List.of(id));
    long seen = walk.count(e -> id.equals(e.path("eventId").asText()));
    if (seen != 1) {
      throw CheckFailure.of(walk.last(), rule, "the event " + id + " once in the walk, found " + seen + " times");
    }
  }

  /** A custom event a minute old, with a unique text. */
  static ObjectNode event(String incident) {
    return Steps.object().put("incidentRecordArn", incident).put("eventTime", System.currentTimeMillis() / 1000 - 120)
        .put("eventType", "Custom Event").put("eventData", "\"imkit " + UUID.randomUUID() + "\"");
  }

  private static String create(CheckContext c, ObjectNode event, String rule) {
    JsonNode body = Steps.body(Steps.must(c, "CreateTimelineEvent", event, rule));
    return Steps.text(body, "eventId", "CreateTimelineEvent");
  }

  private static void expectEvent(CheckContext c, String incident, String id, ObjectNode written, String rule) {
    Exchange got = Steps.must(c, "GetTimelineEvent", Steps.object().put("incidentRecordArn", incident)
        .put("eventId", id), rule);
    Echo.expect(c.target().contract(), got, written, Steps.body(got).path("event"), rule, "the event as written");
  }
}
