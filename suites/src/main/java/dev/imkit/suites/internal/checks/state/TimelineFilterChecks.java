package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code STATE-FILTER-ListTimelineEvents-<key>}: each filter key the documentation of ListTimelineEvents names
 * ({@code eventType}, {@code eventTime} after and before, {@code eventReference}) narrows the incident's events
 * exactly. Events the service adds by itself are judged too, on what their summaries show.
 */
final class TimelineFilterChecks {
  static final String OPERATION = "ListTimelineEvents";
  private static final String PREFIX = "STATE-FILTER-" + OPERATION + "-";

  private TimelineFilterChecks() {
  }

  static List<Check> all(Contract contract) {
    String since = Since.member("ListTimelineEventsInput", "filters");
    List<String> ops = List.of("CreateTimelineEvent", OPERATION);
    return List.of(
        StateCheck.must(PREFIX + "eventType", ops, rules("eventType"), since, "an eventType filter lists the "
            + "incident's events of that type and no others", TimelineFilterChecks::eventType),
        StateCheck.must(PREFIX + "eventTime", ops, rules("eventTime"), since, "eventTime filters (after, before) "
            + "list the incident's events of after or before that time and no others", TimelineFilterChecks::eventTime),
        StateCheck.must(PREFIX + "eventReference", ops, rules("eventReference"),
            Since.member("EventSummary", "eventReferences"), "an eventReference filter lists the incident's events "
                + "that reference that resource and no others", TimelineFilterChecks::eventReference));
  }

  private static List<String> rules(String key) {
    return List.of("ListTimelineEventsInput.filters", "Filter.key " + key);
  }

  private static void eventType(CheckContext c) {
    String incident = c.fixtures().incident();
    String custom = create(c, TimelineChecks.event(incident));
    String note = create(c, TimelineChecks.event(incident).put("eventType", "Note"));
    list(c, "eventType", "eventType Note", e -> "Note".equals(e.path("eventType").asText()))
        .expect(c, filtered(incident, filter("eventType", strings("Note"))), Set.of(note), Set.of(custom));
  }

  private static void eventTime(CheckContext c) {
    String incident = c.fixtures().incident();
    long now = System.currentTimeMillis() / 1000;
    String older = create(c, TimelineChecks.event(incident).put("eventTime", now - 600));
    String newer = create(c, TimelineChecks.event(incident).put("eventTime", now - 60));
    double between = now - 300;
    list(c, "eventTime", "eventTime after " + between, e -> Steps.epochSeconds(e, "eventTime", OPERATION) > between)
        .expect(c, filtered(incident, filter("eventTime", Steps.object().put("after", between))), Set.of(newer),
            Set.of(older));
    list(c, "eventTime", "eventTime before " + between, e -> Steps.epochSeconds(e, "eventTime", OPERATION) < between)
        .expect(c, filtered(incident, filter("eventTime", Steps.object().put("before", between))), Set.of(older),
            Set.of(newer));
  }

  private static void eventReference(CheckContext c) {
    String incident = c.fixtures().incident();
    String table = "arn:aws:dynamodb:us-east-1:111122223333:table/imkit-" + UUID.randomUUID();
    ObjectNode withReference = TimelineChecks.event(incident);
    withReference.putArray("eventReferences").addObject().put("resource", table);
    String referencing = create(c, withReference);
    String plain = create(c, TimelineChecks.event(incident));
    list(c, "eventReference", "a reference to " + table, e -> references(e, table))
        .expect(c, filtered(incident, filter("eventReference", strings(table))), Set.of(referencing), Set.of(plain));
  }

  private static boolean references(JsonNode summary, String resource) {
    for (JsonNode reference : summary.path("eventReferences")) {
      if (resource.equals(reference.path("resource").asText()) || resource.equals(reference.path("relatedItemId")
          .asText())) {
        return true;
      }
    }
    return false;
  }

  private static String create(CheckContext c, ObjectNode event) {
    return Steps.text(Steps.need(c, "CreateTimelineEvent", event), "eventId", "CreateTimelineEvent");
  }

  private static FilteredList list(CheckContext c, String key, String condition, Predicate<JsonNode> holds) {
    return new FilteredList(c.target().contract().operation(OPERATION), "ListTimelineEventsInput.filters (" + key
        + ")", condition, holds, e -> e.path("eventId").asText());
  }

  private static ObjectNode strings(String value) {
    ObjectNode condition = Steps.object();
    condition.putObject("equals").putArray("stringValues").add(value);
    return condition;
  }

  private static ObjectNode filter(String key, ObjectNode condition) {
    ObjectNode filter = Steps.object().put("key", key);
    filter.set("condition", condition);
    return filter;
  }

  private static ObjectNode filtered(String incident, ObjectNode filter) {
    ObjectNode input = Steps.object().put("incidentRecordArn", incident);
    ArrayNode list = input.putArray("filters");
    list.add(filter);
    return input;
  }
}
