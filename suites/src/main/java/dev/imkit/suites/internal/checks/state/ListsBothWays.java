package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * Lists judged both ways: after a delete the resource is gone from the list that held it; after an update it is
 * still listed, once, with the new values. The STATE-LIST checks only look for what was just created.
 */
final class ListsBothWays {
  private static final String OLDEST = StateCheck.OLDEST;

  private ListsBothWays() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-LIST-GONE-DeleteResponsePlan", List.of("DeleteResponsePlan", "ListResponsePlans"),
            List.of("ListResponsePlansOutput.responsePlanSummaries", "DeleteResponsePlan"), OLDEST,
            "a plan listed before DeleteResponsePlan is not listed after it", ListsBothWays::planGone),
        StateCheck.must("STATE-LIST-GONE-DeleteIncidentRecord", List.of("DeleteIncidentRecord", "ListIncidentRecords"),
            List.of("ListIncidentRecordsOutput.incidentRecordSummaries", "DeleteIncidentRecord"), OLDEST,
            "an incident listed before DeleteIncidentRecord is not listed after it", ListsBothWays::incidentGone),
        StateCheck.must("STATE-LIST-GONE-DeleteTimelineEvent", List.of("DeleteTimelineEvent", "ListTimelineEvents"),
            List.of("ListTimelineEventsOutput.eventSummaries", "DeleteTimelineEvent"), OLDEST,
            "an event listed before DeleteTimelineEvent is not listed after it", ListsBothWays::eventGone),
        StateCheck.must("STATE-LIST-UPDATED-UpdateResponsePlan", List.of("UpdateResponsePlan", "ListResponsePlans"),
            List.of("ResponsePlanSummary.displayName"), OLDEST,
            "after UpdateResponsePlan the plan is still listed, once, with its new displayName",
            ListsBothWays::planUpdated),
        StateCheck.must("STATE-LIST-UPDATED-UpdateIncidentRecord",
            List.of("UpdateIncidentRecord", "ListIncidentRecords"), List.of("IncidentRecordSummary.title",
                "IncidentRecordSummary.impact", "IncidentRecordSummary.status"), OLDEST,
            "after UpdateIncidentRecord the incident is still listed, once, with its new title, impact and status",
            ListsBothWays::incidentUpdated),
        StateCheck.must("STATE-LIST-UPDATED-UpdateTimelineEvent", List.of("UpdateTimelineEvent", "ListTimelineEvents"),
            List.of("EventSummary.eventType", "EventSummary.eventTime"), OLDEST,
            "after UpdateTimelineEvent the event is still listed, once, with its new type and time",
            ListsBothWays::eventUpdated));
  }

  private static void planGone(CheckContext c) {
    String arn = Plans.create(c, c.fixtures().responsePlanInput(i -> { }), "CreateResponsePlan before delete");
    String rule = "ListResponsePlans lists the account's plans: a deleted plan is not one";
    Lists.expect(c, Lists.plans(c), arn, 1, Optional.empty(), rule + " (listed before the delete)");
    Steps.must(c, "DeleteResponsePlan", Steps.object().put("arn", arn), rule);
    Lists.expect(c, Lists.plans(c), arn, 0, Optional.empty(), rule);
  }

  private static void incidentGone(CheckContext c) {
    String arn = IncidentChecks.start(c, Steps.object().put("responsePlanArn", c.fixtures().responsePlan()),
        "StartIncident before delete");
    String rule = "ListIncidentRecords lists the account's incidents: a deleted incident is not one";
    Lists.expect(c, Lists.incidents(c), arn, 1, Optional.empty(), rule + " (listed before the delete)");
    Steps.must(c, "DeleteIncidentRecord", Steps.object().put("arn", arn), rule);
    Lists.expect(c, Lists.incidents(c), arn, 0, Optional.empty(), rule);
  }

  private static void eventGone(CheckContext c) {
    String incident = c.fixtures().incident();
    ObjectNode event = TimelineChecks.event(incident);
    String id = Steps.text(Steps.body(Steps.must(c, "CreateTimelineEvent", event, "CreateTimelineEvent")), "eventId",
        "CreateTimelineEvent");
    String rule = "ListTimelineEvents lists the incident's events: a deleted event is not one";
    Lists.expect(c, Lists.events(c, incident), id, 1, Optional.empty(), rule + " (listed before the delete)");
    Steps.must(c, "DeleteTimelineEvent", Steps.object().put("incidentRecordArn", incident).put("eventId", id), rule);
    Lists.expect(c, Lists.events(c, incident), id, 0, Optional.empty(), rule);
  }

  private static void planUpdated(CheckContext c) {
    String arn = Plans.create(c, c.fixtures().responsePlanInput(i -> i.put("displayName", "imkit before")),
        "CreateResponsePlan before UpdateResponsePlan");
    String rule = "ListResponsePlans lists an updated plan with its new displayName";
    Steps.must(c, "UpdateResponsePlan", Steps.object().put("arn", arn).put("displayName", "imkit after"), rule);
    Lists.expect(c, Lists.plans(c), arn, 1, Optional.of(Steps.object().put("displayName", "imkit after")), rule);
  }

  private static void incidentUpdated(CheckContext c) {
    String arn = IncidentChecks.start(c, Steps.object().put("responsePlanArn", c.fixtures().responsePlan()),
        "StartIncident before UpdateIncidentRecord");
    ObjectNode change = Steps.object().put("title", "imkit listed title").put("impact", 2).put("status", "RESOLVED");
    String rule = "ListIncidentRecords lists an updated incident with its new title, impact and status";
    Steps.must(c, "UpdateIncidentRecord", change.deepCopy().put("arn", arn), rule);
    Lists.expect(c, Lists.incidents(c), arn, 1, Optional.of(change), rule);
  }

  private static void eventUpdated(CheckContext c) {
    String incident = c.fixtures().incident();
    String id = Steps.text(Steps.body(Steps.must(c, "CreateTimelineEvent", TimelineChecks.event(incident),
        "CreateTimelineEvent")), "eventId", "CreateTimelineEvent");
    ObjectNode change = Steps.object().put("eventType", "Custom Event").put("eventTime",
        System.currentTimeMillis() / 1000 - 30);
    String rule = "ListTimelineEvents lists an updated event with its new type and time";
    Steps.must(c, "UpdateTimelineEvent", change.deepCopy().put("incidentRecordArn", incident).put("eventId", id), rule);
    Lists.expect(c, Lists.events(c, incident), id, 1, Optional.of(change), rule);
  }
}
