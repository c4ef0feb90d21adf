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

  /** A list to walk and the member that identifies its items. */
  record Listed(java.util.function.Supplier<Walk> walk, String identity) {
  }

  static Listed plans(CheckContext c) {
    return new Listed(() -> walk(c, "ListResponsePlans", Steps.object()), "arn");
  }

  static Listed incidents(CheckContext c) {
    return new Listed(() -> walk(c, "ListIncidentRecords", Steps.object()), "arn");
  }

  static Listed events(CheckContext c, String incident) {
    return new Listed(() -> walk(c, "ListTimelineEvents", Steps.object().put("incidentRecordArn", incident)),
        "eventId");
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
    java.util.function.Predicate<JsonNode> itself = i -> id.equals(i.path(listed.identity()).asText());
    // a resource created a moment ago may show late (within the settle window); one that must be gone is not waited for
    Walk walk = times == 0 ? listed.walk().get()
        : Walk.settled(c, listed.walk(), w -> w.count(itself) > 0, List.of(id));
    List<JsonNode> found = walk.items().stream().filter(itself).toList();
    if (found.size() != times) {
      walk.blockIfItemsBreakShape(c.target().contract());
      throw CheckFailure.of(walk.last(), rule, id + " listed " + times + " time(s) in the walk of "
          + walk.pages().size() + " pages, found " + found.size());
    }
    if (values.isPresent() && !found.isEmpty()) {
      Echo.expect(c.target().contract(), walk.last(), values.get(), found.get(0), rule,
          id + " listed with " + values.get());
    }
  }
}
