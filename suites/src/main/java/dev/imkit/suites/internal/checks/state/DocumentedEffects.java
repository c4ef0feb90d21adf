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

/**
 * Effects the member documentation states in words, beyond what is written being read back: a template's
 * {@code incidentTags} are put on the incidents started from it ("Incident Manager assigns the tags specified in the
 * template to the incident"), the {@code empty} chat channel removes the plan's ("Use the empty structure to remove
 * the chat channel"), and UpdateTimelineEvent's {@code eventReferences} replace the event's ("Updates all existing
 * references").
 */
final class DocumentedEffects {
  private static final String SNS = "arn:aws:sns:us-east-1:111122223333:imkit-topic";

  private DocumentedEffects() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-START-StartIncident-incidentTags", List.of("CreateResponsePlan", "StartIncident",
            "ListTagsForResource"), List.of("IncidentTemplate.incidentTags"), Since.member("IncidentTemplate",
            "incidentTags"), "an incident started from a plan carries the template's incidentTags",
            DocumentedEffects::incidentTags),
        StateCheck.must("STATE-UPDATE-UpdateResponsePlan-chatChannel-empty", List.of("UpdateResponsePlan",
            "GetResponsePlan"), List.of("UpdateResponsePlanInput.chatChannel", "ChatChannel.empty"),
            Since.member("ChatChannel", "empty"), "UpdateResponsePlan with the empty chat channel removes the plan's "
                + "chatbot SNS topics", DocumentedEffects::emptyChatChannel),
        StateCheck.must("STATE-UPDATE-UpdateTimelineEvent-eventReferences", List.of("UpdateTimelineEvent",
            "GetTimelineEvent"), List.of("UpdateTimelineEventInput.eventReferences"),
            Since.member("UpdateTimelineEventInput", "eventReferences"), "UpdateTimelineEvent's eventReferences "
                + "replace all the event's references", DocumentedEffects::replacedReferences));
  }

  private static void incidentTags(CheckContext c) {
    String value = UUID.randomUUID().toString().substring(0, 8);
    String plan = c.fixtures().responsePlan(in -> ((ObjectNode) in.get("incidentTemplate"))
        .putObject("incidentTags").put("imkit-inherited", value));
    JsonNode started = Steps.need(c, "StartIncident", Steps.object().put("responsePlanArn", plan));
    String incident = Steps.text(started, "incidentRecordArn", "StartIncident");
    c.fixtures().forget("DeleteIncidentRecord", "arn", incident);
    String rule = "IncidentTemplate.incidentTags (assigned to the incident at StartIncident)";
    Exchange tags = Steps.must(c, "ListTagsForResource", Steps.object().put("resourceArn", incident), rule);
    if (!value.equals(Steps.body(tags).path("tags").path("imkit-inherited").asText(null))) {
      throw CheckFailure.of(tags, rule, "the incident started from the plan to carry its template's tag "
          + "imkit-inherited=" + value);
    }
  }

  private static void emptyChatChannel(CheckContext c) {
    String plan = c.fixtures().responsePlan(in -> in.putObject("chatChannel").putArray("chatbotSns").add(SNS));
    String rule = "UpdateResponsePlanInput.chatChannel (the empty structure removes the chat channel)";
    ObjectNode update = Steps.object().put("arn", plan);
    update.putObject("chatChannel").putObject("empty");
    Steps.must(c, "UpdateResponsePlan", update, rule);
    Exchange got = Steps.must(c, "GetResponsePlan", Steps.object().put("arn", plan), rule);
    JsonNode sns = Steps.body(got).path("chatChannel").path("chatbotSns");
    if (!sns.isMissingNode() && !sns.isNull() && !sns.isEmpty()) {
      throw CheckFailure.of(got, rule, "no chatbot SNS topic left after the chat channel was set to empty");
    }
  }

  private static void replacedReferences(CheckContext c) {
    String incident = c.fixtures().incident();
    ObjectNode event = TimelineChecks.event(incident);
    event.putArray("eventReferences").addObject().put("resource", table("before"));
    String id = Steps.text(Steps.need(c, "CreateTimelineEvent", event), "eventId", "CreateTimelineEvent");
    ObjectNode update = Steps.object().put("incidentRecordArn", incident).put("eventId", id);
    String after = table("after");
    update.putArray("eventReferences").addObject().put("resource", after);
    String rule = "UpdateTimelineEventInput.eventReferences (updates all existing references)";
    Steps.must(c, "UpdateTimelineEvent", update, rule);
    Exchange got = Steps.must(c, "GetTimelineEvent", Steps.object().put("incidentRecordArn", incident)
        .put("eventId", id), rule);
    JsonNode references = Steps.body(got).path("event").path("eventReferences");
    if (references.size() != 1 || !after.equals(references.path(0).path("resource").asText())) {
      throw CheckFailure.of(got, rule, "the event's references to be exactly the one sent in the update, " + after);
    }
  }

  private static String table(String hint) {
    return "arn:aws:dynamodb:us-east-1:111122223333:table/imkit-" + hint + "-" + UUID.randomUUID();
  }
}
