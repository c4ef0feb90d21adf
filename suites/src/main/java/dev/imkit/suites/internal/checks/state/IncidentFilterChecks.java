package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code STATE-FILTER-ListIncidentRecords-<key>}: each filter key the documentation of ListIncidentRecords names
 * ({@code status}, {@code impact}, {@code creationTime} before and after, {@code createdBy}) narrows the list
 * exactly, several values of one filter are ORed and several filters ANDed (its words: "match any of the values",
 * "match all filters"). Each check starts its own incidents, with the values that tell the filter apart.
 */
final class IncidentFilterChecks {
  static final String OPERATION = "ListIncidentRecords";
  private static final String PREFIX = "STATE-FILTER-" + OPERATION + "-";

  private IncidentFilterChecks() {
  }

  static List<Check> all(Contract contract) {
    String since = Since.member("ListIncidentRecordsInput", "filters");
    List<String> ops = List.of("StartIncident", OPERATION);
    return List.of(
        StateCheck.must(PREFIX + "status", ops, rules("status"), since, "a status filter lists the incidents in that "
            + "status and no others", IncidentFilterChecks::status),
        StateCheck.must(PREFIX + "impact", ops, rules("impact"), since, "an impact filter with two values lists the "
            + "incidents of either impact and no others", IncidentFilterChecks::impact),
        StateCheck.must(PREFIX + "creationTime", ops, rules("creationTime"), since, "creationTime filters (after, "
            + "before) list the incidents created after or before that time and no others",
            IncidentFilterChecks::creationTime),
        StateCheck.must(PREFIX + "createdBy", ops, rules("createdBy"), since, "a createdBy filter lists the "
            + "incidents that principal created and no others", IncidentFilterChecks::createdBy),
        StateCheck.must(PREFIX + "all-filters", ops, rules("status+impact"), since, "two filters list only the "
            + "incidents that match both", IncidentFilterChecks::both));
  }

  private static List<String> rules(String key) {
    return List.of("ListIncidentRecordsInput.filters", "Filter.key " + key);
  }

  private static void status(CheckContext c) {
    String open = c.fixtures().incident();
    String resolved = c.fixtures().incident();
    resolve(c, resolved);
    list(c, "status", "status RESOLVED", i -> "RESOLVED".equals(i.path("status").asText()))
        .expect(c, filtered(filter("status", strings("RESOLVED"))), Set.of(resolved), Set.of(open));
    list(c, "status", "status OPEN", i -> "OPEN".equals(i.path("status").asText()))
        .expect(c, filtered(filter("status", strings("OPEN"))), Set.of(open), Set.of(resolved));
  }

  private static void impact(CheckContext c) {
    String one = c.fixtures().incident(in -> in.put("impact", 1));
    String two = c.fixtures().incident(in -> in.put("impact", 2));
    String four = c.fixtures().incident(in -> in.put("impact", 4));
    ArrayNode values = Steps.object().arrayNode().add(1).add(2);
    ObjectNode condition = Steps.object();
    condition.putObject("equals").set("integerValues", values);
    list(c, "impact", "impact 1 or 2", i -> List.of(1, 2).contains(i.path("impact").asInt()))
        .expect(c, filtered(filter("impact", condition)), Set.of(one, two), Set.of(four));
  }

  private static void creationTime(CheckContext c) {
    String incident = c.fixtures().incident();
    double created = Steps.epochSeconds(record(c, incident), "creationTime", "GetIncidentRecord");
    double minuteBefore = created - 60;
    list(c, "creationTime", "created after " + minuteBefore,
        i -> Steps.epochSeconds(i, "creationTime", OPERATION) > minuteBefore)
        .expect(c, filtered(filter("creationTime", Steps.object().put("after", minuteBefore))), Set.of(incident),
            Set.of());
    list(c, "creationTime", "created before " + minuteBefore,
        i -> Steps.epochSeconds(i, "creationTime", OPERATION) < minuteBefore)
        .expect(c, filtered(filter("creationTime", Steps.object().put("before", minuteBefore))), Set.of(),
            Set.of(incident));
  }

  private static void createdBy(CheckContext c) {
    String incident = c.fixtures().incident();
    String creator = record(c, incident).path("incidentRecordSource").path("createdBy").asText();
    String nobody = "arn:aws:iam::111122223333:user/imkit-nobody-" + UUID.randomUUID().toString().substring(0, 8);
    list(c, "createdBy", "createdBy " + creator, i -> creator.equals(createdBy(i)))
        .expect(c, filtered(filter("createdBy", strings(creator))), Set.of(incident), Set.of());
    list(c, "createdBy", "createdBy " + nobody, i -> nobody.equals(createdBy(i)))
        .expect(c, filtered(filter("createdBy", strings(nobody))), Set.of(), Set.of(incident));
  }

  private static void both(CheckContext c) {
    String openOne = c.fixtures().incident(in -> in.put("impact", 1));
    String resolvedOne = c.fixtures().incident(in -> in.put("impact", 1));
    String openFive = c.fixtures().incident(in -> in.put("impact", 5));
    resolve(c, resolvedOne);
    ObjectNode impact = Steps.object();
    impact.putObject("equals").putArray("integerValues").add(1);
    ObjectNode input = filtered(filter("status", strings("OPEN")), filter("impact", impact));
    list(c, "status+impact", "status OPEN and impact 1", i -> "OPEN".equals(i.path("status").asText())
        && i.path("impact").asInt() == 1).expect(c, input, Set.of(openOne), Set.of(resolvedOne, openFive));
  }

  private static FilteredList list(CheckContext c, String key, String condition, Predicate<JsonNode> holds) {
    Operation op = c.target().contract().operation(OPERATION);
    return new FilteredList(op, "ListIncidentRecordsInput.filters (" + key + ")", condition, holds,
        i -> i.path("arn").asText());
  }

  private static String createdBy(JsonNode summary) {
    return summary.path("incidentRecordSource").path("createdBy").asText();
  }

  private static JsonNode record(CheckContext c, String arn) {
    return Steps.need(c, "GetIncidentRecord", Steps.object().put("arn", arn)).path("incidentRecord");
  }

  private static void resolve(CheckContext c, String arn) {
    Steps.need(c, "UpdateIncidentRecord", Steps.object().put("arn", arn).put("status", "RESOLVED"));
  }

  private static ObjectNode strings(String... values) {
    ObjectNode condition = Steps.object();
    ArrayNode list = condition.putObject("equals").putArray("stringValues");
    for (String v : values) {
      list.add(v);
    }
    return condition;
  }

  private static ObjectNode filter(String key, ObjectNode condition) {
    ObjectNode filter = Steps.object().put("key", key);
    filter.set("condition", condition);
    return filter;
  }

  private static ObjectNode filtered(ObjectNode... filters) {
    ObjectNode input = Steps.object();
    ArrayNode list = input.putArray("filters");
    for (ObjectNode f : filters) {
      list.add(f);
    }
    return input;
  }
}
