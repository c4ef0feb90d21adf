package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code STATE-SORT-ListTimelineEvents-<sortBy>-<sortOrder>}: one check per value pair of the model's enums (the
 * only operation with {@code sortBy} and {@code sortOrder}): events created out of order are all listed, and the
 * whole walk, two events a page, comes in that order of event time. The order without {@code sortOrder} is not
 * documented and not checked.
 */
final class TimelineSortChecks {
  static final String OPERATION = "ListTimelineEvents";
  private static final long[] MINUTES_AGO = {5, 1, 3};

  private TimelineSortChecks() {
  }

  static List<Check> all(Contract contract) {
    String input = contract.operation(OPERATION).input();
    String since = Since.member(input, "sortOrder");
    List<Check> checks = new ArrayList<>();
    for (String by : contract.shape(contract.shape(input).members().get("sortBy").target()).enumValues()) {
      for (String order : contract.shape(contract.shape(input).members().get("sortOrder").target()).enumValues()) {
        checks.add(StateCheck.must("STATE-SORT-" + OPERATION + "-" + by + "-" + order,
            List.of("CreateTimelineEvent", OPERATION), List.of(input + ".sortBy", input + ".sortOrder"), since,
            "ListTimelineEvents with sortBy " + by + " and sortOrder " + order + " lists every event in that order, "
                + "across pages", c -> run(c, by, order)));
      }
    }
    return checks;
  }

  private static void run(CheckContext c, String by, String order) {
    String incident = c.fixtures().incident();
    List<String> created = new ArrayList<>();
    long now = System.currentTimeMillis() / 1000;
    for (long minutes : MINUTES_AGO) {
      ObjectNode event = TimelineChecks.event(incident).put("eventTime", now - minutes * 60);
      created.add(Steps.text(Steps.need(c, "CreateTimelineEvent", event), "eventId", "CreateTimelineEvent"));
    }
    String rule = OPERATION + "Input.sortOrder " + order;
    ObjectNode input = Steps.object().put("incidentRecordArn", incident).put("sortBy", by).put("sortOrder", order)
        .put("maxResults", 2);
    Walk walk = Walk.settled(c, () -> Walk.of(c, c.target().contract().operation(OPERATION), input, 50, rule),
        w -> created.stream().allMatch(id -> w.count(e -> id.equals(e.path("eventId").asText())) > 0), created);
    for (String id : created) {
      if (walk.count(e -> id.equals(e.path("eventId").asText())) != 1) {
        Walk.blockIfUnlisted(c, c.target().contract().operation(OPERATION), Steps.object()
            .put("incidentRecordArn", incident), e -> id.equals(e.path("eventId").asText()), "the event " + id);
        throw CheckFailure.of(walk.last(), rule, "the event " + id + " listed once in the sorted walk");
      }
    }
    boolean ascending = order.equals("ASCENDING");
    double previous = ascending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (Exchange page : walk.pages()) {
      for (JsonNode e : Steps.body(page).path("eventSummaries")) {
        double time = Steps.epochSeconds(e, "eventTime", OPERATION);
        if (ascending ? time < previous : time > previous) {
          throw CheckFailure.of(page, rule, "event times in " + order.toLowerCase() + " order; event "
              + e.path("eventId").asText() + " at " + time + " comes after one at " + previous);
        }
        previous = time;
      }
    }
  }
}
