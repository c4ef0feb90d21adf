package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;

/** The incident lifecycle: started from a plan's template, overridden, updated, resolved, deleted, listed. */
final class IncidentChecks {
  private static final String OLDEST = StateCheck.OLDEST;
  private static final List<String> START = List.of("CreateResponsePlan", "StartIncident", "GetIncidentRecord");

  private IncidentChecks() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-START-StartIncident", START, List.of("IncidentTemplate.title", "IncidentTemplate.impact",
            "IncidentTemplate.summary"), OLDEST, "an incident started without title or impact takes them (and the "
            + "summary) from the response plan's template", IncidentChecks::fromTemplate),
        StateCheck.must("STATE-START-StartIncident-override", START, List.of("StartIncidentInput.title",
            "StartIncidentInput.impact"), OLDEST, "StartIncident's title and impact overwrite the template's (docs)",
            IncidentChecks::override),
        StateCheck.should("STATE-START-StartIncident-triggerDetails", START, List.of("StartIncidentInput.triggerDetails",
            "IncidentRecordSource.source"), OLDEST, "the triggerDetails source is the incident record's source",
            IncidentChecks::triggerDetails),
        StateCheck.must("STATE-UPDATE-UpdateIncidentRecord", List.of("UpdateIncidentRecord", "GetIncidentRecord"),
            List.of("UpdateIncidentRecordInput.title", "UpdateIncidentRecordInput.summary",
                "UpdateIncidentRecordInput.impact"), OLDEST, "GetIncidentRecord returns what UpdateIncidentRecord set",
            IncidentChecks::update),
        StateCheck.must("STATE-RESOLVE-UpdateIncidentRecord", List.of("UpdateIncidentRecord", "GetIncidentRecord"),
            List.of("UpdateIncidentRecordInput.status", "IncidentRecord.resolvedTime"), OLDEST,
            "an incident updated to RESOLVED reads RESOLVED with a resolvedTime", IncidentChecks::resolve),
        StateCheck.must("STATE-DELETE-DeleteIncidentRecord", List.of("DeleteIncidentRecord", "GetIncidentRecord"),
            List.of("DeleteIncidentRecord", "ResourceNotFoundException"), OLDEST,
            "after DeleteIncidentRecord, GetIncidentRecord answers 404 ResourceNotFoundException",
            IncidentChecks::delete),
        StateCheck.must("STATE-LIST-ListIncidentRecords", List.of("StartIncident", "ListIncidentRecords"),
            List.of("ListIncidentRecordsOutput.incidentRecordSummaries"), OLDEST,
            "a full walk of ListIncidentRecords contains an incident just started, once", IncidentChecks::list));
  }

  private static void fromTemplate(CheckContext c) {
    String plan = c.fixtures().responsePlan(p -> ((ObjectNode) p.get("incidentTemplate"))
        .put("title", "imkit template title").put("impact", 4).put("summary", "imkit template summary"));
    String arn = start(c, Steps.object().put("responsePlanArn", plan), "StartIncident from the template");
    expectRecord(c, arn, Steps.object().put("title", "imkit template title").put("impact", 4)
        .put("summary", "imkit template summary").put("status", "OPEN"), "StartIncident takes the plan's template");
  }

  private static void override(CheckContext c) {
    String plan = c.fixtures().responsePlan(p -> ((ObjectNode) p.get("incidentTemplate"))
        .put("title", "imkit template title").put("impact", 4));
    ObjectNode in = Steps.object().put("responsePlanArn", plan).put("title", "imkit given title").put("impact", 1);
    String arn = start(c, in, "StartIncident title and impact");
    expectRecord(c, arn, Steps.object().put("title", "imkit given title").put("impact", 1),
        "StartIncidentInput.title and .impact overwrite the response plan's");
  }

  private static void triggerDetails(CheckContext c) {
    ObjectNode in = Steps.object().put("responsePlanArn", c.fixtures().responsePlan());
    in.putObject("triggerDetails").put("source", "imkit.check").put("timestamp", System.currentTimeMillis() / 1000);
    String arn = start(c, in, "StartIncident with triggerDetails");
    ObjectNode expected = Steps.object();
    expected.putObject("incidentRecordSource").put("source", "imkit.check");
    expectRecord(c, arn, expected, "triggerDetails.source becomes incidentRecordSource.source");
  }

  private static void update(CheckContext c) {
    String arn = c.fixtures().incident();
    ObjectNode change = Steps.object().put("title", "imkit new title").put("summary", "imkit new summary")
        .put("impact", 2);
    Steps.must(c, "UpdateIncidentRecord", change.deepCopy().put("arn", arn), "UpdateIncidentRecord succeeds");
    expectRecord(c, arn, change, "UpdateIncidentRecord changes what GetIncidentRecord returns");
  }

  private static void resolve(CheckContext c) {
    String arn = c.fixtures().incident();
    String rule = "IncidentRecord.resolvedTime: set when the incident is resolved";
    Steps.must(c, "UpdateIncidentRecord", Steps.object().put("arn", arn).put("status", "RESOLVED"), rule);
    Exchange got = expectRecord(c, arn, Steps.object().put("status", "RESOLVED"), rule);
    JsonNode record = Steps.body(got).path("incidentRecord");
    if (!record.has("resolvedTime") || record.path("resolvedTime").isNull()) {
      throw CheckFailure.of(got, rule, "a resolved incident to have a resolvedTime (epoch seconds)");
    }
    Steps.epochSeconds(record, "resolvedTime", "GetIncidentRecord");
  }

  private static void delete(CheckContext c) {
    String arn = start(c, Steps.object().put("responsePlanArn", c.fixtures().responsePlan()), "StartIncident");
    Steps.must(c, "DeleteIncidentRecord", Steps.object().put("arn", arn), "DeleteIncidentRecord succeeds");
    Steps.mustBeGone(c, "GetIncidentRecord", Steps.object().put("arn", arn), "delete then 404",
        "the incident record " + arn);
  }

  private static void list(CheckContext c) {
    String arn = start(c, Steps.object().put("responsePlanArn", c.fixtures().responsePlan()), "StartIncident");
    String rule = "ListIncidentRecords lists every incident record of the account";
    Walk walk = Walk.settled(c, () -> Walk.of(c, c.target().contract().operation("ListIncidentRecords"),
        Steps.object(), 200, rule), w -> w.count(s -> arn.equals(s.path("arn").asText())) > 0, List.of(arn));
    long seen = walk.count(s -> arn.equals(s.path("arn").asText()));
    if (seen != 1) {
      throw CheckFailure.of(walk.last(), rule, "the incident " + arn + " started just before once in the walk of "
          + walk.pages().size() + " pages, found " + seen + " times");
    }
  }

  /** Starts an incident as the check's subject and registers its removal. */
  static String start(CheckContext c, ObjectNode input, String rule) {
    JsonNode body = Steps.body(Steps.must(c, "StartIncident", input, rule));
    String arn = Steps.text(body, "incidentRecordArn", "StartIncident");
    c.fixtures().forget("DeleteIncidentRecord", "arn", arn);
    return arn;
  }

  private static Exchange expectRecord(CheckContext c, String arn, ObjectNode expected, String rule) {
    Exchange got = Steps.must(c, "GetIncidentRecord", Steps.object().put("arn", arn), rule);
    Echo.expect(c.target().contract(), got, expected, Steps.body(got).path("incidentRecord"), rule,
        "the incident record to hold " + expected);
    return got;
  }
}
