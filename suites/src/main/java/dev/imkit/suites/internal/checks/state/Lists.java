package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.Optional;

/**
 * Full walks of the lists STATE checks judge, and the verdict on one resource in them: listed so many times,
 * with these values.
 */
final class Lists {
  private static final int MAX_PAGES = 200;

  private Lists() {
  }

  /** A list's walk and the member that identifies its items. */
  record Listed(Walk walk, String identity) {
  }

  static Listed plans(CheckContext c) {
    return new Listed(walk(c, "ListResponsePlans", Steps.object()), "arn");
  }

  static Listed incidents(CheckContext c) {
    return new Listed(walk(c, "ListIncidentRecords", Steps.object()), "arn");
  }

  static Listed events(CheckContext c, String incident) {
    return new Listed(walk(c, "ListTimelineEvents", Steps.object().put("incidentRecordArn", incident)), "eventId");
  }

  private static Walk walk(CheckContext c, String operation, ObjectNode input) {
    return Walk.of(c, c.target().contract().operation(operation), input, MAX_PAGES,
        operation + " pages end (a walk follows its nextToken)");
  }

  /**
   * {@code id} is listed {@code times} times and, when {@code values} are given, with every one of them; fails
   * under {@code rule} otherwise.
   */
  static void expect(CheckContext c, Listed listed, String id, int times, Optional<ObjectNode> values, String rule) {
    List<JsonNode> found = listed.walk().items().stream().filter(i -> id.equals(i.path(listed.identity()).asText()))
        .toList();
    if (found.size() != times) {
      listed.walk().blockIfItemsBreakShape(c.target().contract());
      throw CheckFailure.of(listed.walk().last(), rule, id + " listed " + times + " time(s) in the walk of "
          + listed.walk().pages().size() + " pages, found " + found.size());
    }
    if (values.isPresent() && !found.isEmpty()) {
      Echo.expect(c.target().contract(), listed.walk().last(), values.get(), found.get(0), rule,
          id + " listed with " + values.get());
    }
  }
}
