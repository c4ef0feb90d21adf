package dev.imkit.suites.internal.checks.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.state.Steps;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The operations with a client token and how each is driven; the replication set's only when the run owns it. */
final class Subjects {
  private Subjects() {
  }

  static Optional<Subject> of(String operation) {
    return Optional.ofNullable(ALL.get(operation));
  }

  private static final Map<String, Subject> ALL = Map.of(
      "CreateResponsePlan", Subject.creating("CreateResponsePlan", c -> c.fixtures().responsePlanInput(i -> { }),
          in -> in.deepCopy().put("name", in.get("name").asText() + "-b"), "arn", "DeleteResponsePlan", "arn"),
      "StartIncident", Subject.creating("StartIncident",
          c -> Steps.object().put("responsePlanArn", c.fixtures().responsePlan()),
          in -> in.deepCopy().put("title", "imkit other title"), "incidentRecordArn", "DeleteIncidentRecord", "arn"),
      "CreateTimelineEvent", Subject.creating("CreateTimelineEvent", c -> event(c.fixtures().incident()),
          in -> in.deepCopy().put("eventData", "\"imkit other event\""), "eventId", null, null),
      "UpdateIncidentRecord", Subject.changing("UpdateIncidentRecord",
          c -> Steps.object().put("arn", c.fixtures().incident()).put("title", "imkit first"), in -> title(in, "other"),
          in -> title(in, "undo"), (c, undo, rule) -> holds(c, "GetIncidentRecord", Steps.object()
              .put("arn", undo.get("arn").asText()), "/incidentRecord/title", undo.get("title"), rule)),
      "UpdateResponsePlan", Subject.changing("UpdateResponsePlan",
          c -> Steps.object().put("arn", c.fixtures().responsePlan()).put("incidentTemplateTitle", "imkit first"),
          in -> in.deepCopy().put("incidentTemplateTitle", "imkit other"),
          in -> in.deepCopy().put("incidentTemplateTitle", "imkit undo"), (c, undo, rule) -> holds(c,
              "GetResponsePlan", Steps.object().put("arn", undo.get("arn").asText()), "/incidentTemplate/title",
              undo.get("incidentTemplateTitle"), rule)),
      "UpdateTimelineEvent", Subject.changing("UpdateTimelineEvent", Subjects::eventUpdate,
          in -> in.deepCopy().put("eventData", "\"imkit other\""), in -> in.deepCopy().put("eventData", "\"imkit undo\""),
          (c, undo, rule) -> holds(c, "GetTimelineEvent", Steps.object().put("incidentRecordArn",
              undo.get("incidentRecordArn").asText()).put("eventId", undo.get("eventId").asText()), "/event/eventData",
              undo.get("eventData"), rule)),
      "UpdateRelatedItems", Subject.changing("UpdateRelatedItems", Subjects::addItem, Subjects::addOtherItem,
          Subjects::removeItem, Subjects::itemGone),
      "UpdateDeletionProtection", Subject.changing("UpdateDeletionProtection",
          c -> Steps.object().put("arn", ReplicationSet.owned(c)).put("deletionProtected", true),
          in -> in.deepCopy().put("deletionProtected", false), in -> in.deepCopy().put("deletionProtected", false),
          (c, undo, rule) -> holds(c, "GetReplicationSet", Steps.object().put("arn", undo.get("arn").asText()),
              "/replicationSet/deletionProtected", undo.get("deletionProtected"), rule)),
      "UpdateReplicationSet", Subject.changing("UpdateReplicationSet", ReplicationSet::addRegion,
          ReplicationSet::addOtherRegion, ReplicationSet::deleteRegion, ReplicationSet::regionGone));

  private static ObjectNode event(String incident) {
    return Steps.object().put("incidentRecordArn", incident).put("eventTime", System.currentTimeMillis() / 1000 - 60)
        .put("eventType", "Custom Event").put("eventData", "\"imkit " + UUID.randomUUID() + "\"");
  }

  private static ObjectNode eventUpdate(CheckContext c) {
    String incident = c.fixtures().incident();
    String id = Steps.text(Steps.need(c, "CreateTimelineEvent", event(incident)), "eventId", "CreateTimelineEvent");
    return Steps.object().put("incidentRecordArn", incident).put("eventId", id).put("eventData", "\"imkit first\"");
  }

  private static ObjectNode title(ObjectNode in, String title) {
    return in.deepCopy().put("title", "imkit " + title);
  }

  private static ObjectNode addItem(CheckContext c) {
    ObjectNode in = Steps.object().put("incidentRecordArn", c.fixtures().incident());
    ObjectNode item = in.putObject("relatedItemsUpdate").putObject("itemToAdd").put("title", "imkit item");
    item.putObject("identifier").put("type", "OTHER").putObject("value")
        .put("url", "https://example.com/imkit/" + UUID.randomUUID());
    return in;
  }

  private static ObjectNode addOtherItem(ObjectNode in) {
    ObjectNode other = in.deepCopy();
    ((ObjectNode) other.at("/relatedItemsUpdate/itemToAdd/identifier/value")).put("url",
        "https://example.com/imkit/other-" + UUID.randomUUID());
    return other;
  }

  private static ObjectNode removeItem(ObjectNode in) {
    ObjectNode remove = Steps.object().put("incidentRecordArn", in.get("incidentRecordArn").asText());
    remove.putObject("relatedItemsUpdate").set("itemToRemove", in.at("/relatedItemsUpdate/itemToAdd/identifier"));
    return remove;
  }

  private static void itemGone(CheckContext c, ObjectNode undo, String rule) {
    Exchange listed = Steps.must(c, "ListRelatedItems", Steps.object().put("incidentRecordArn",
        undo.get("incidentRecordArn").asText()), rule);
    JsonNode removed = undo.at("/relatedItemsUpdate/itemToRemove");
    for (JsonNode item : Steps.body(listed).path("relatedItems")) {
      if (removed.equals(item.path("identifier"))) {
        throw CheckFailure.of(listed, rule, "the item removed after the first call to stay removed when the first "
            + "call is replayed with its clientToken (the replay did the work again)");
      }
    }
  }

  /** Fails unless the answer of {@code op} holds {@code expected} at {@code pointer}. */
  static void holds(CheckContext c, String op, ObjectNode in, String pointer, JsonNode expected, String rule) {
    Exchange got = Steps.must(c, op, in, rule);
    JsonNode value = Steps.body(got).at(pointer);
    if (!expected.equals(value)) {
      throw CheckFailure.of(got, rule, pointer + " " + expected + " as set after the first call: the replay of the "
          + "first call with its clientToken must not do the work again");
    }
  }
}
