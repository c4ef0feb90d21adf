package dev.imkit.suites.internal.checks.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Paginator;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.state.Steps;
import dev.imkit.suites.internal.checks.state.Walk;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * {@code PAGE-WALK-<Op>}: a walk with a small {@code maxResults} over a scope holding items the check created:
 * no page holds more than {@code maxResults}, the walk ends (the last page has no token), no item comes twice,
 * and each created item comes exactly once.
 */
final class FullWalk {
  /** Small enough that the created items span several pages. */
  private static final int PAGE = 2;
  /** Pages that a walk over an account of a busy run may need; more means the pages never end. */
  private static final int MAX_PAGES = 500;

  private FullWalk() {
  }

  static void run(CheckContext c, Operation op) {
    Paginator p = op.paginator().orElseThrow();
    int page = op.name().equals("ListReplicationSets") ? 1 : PAGE;
    Scopes scope = Scopes.create(c, op.name()).orElseThrow(() -> new TestAbortedException(op.name()
        + ": the API offers no call that creates its items (findings come from other AWS services)"));
    ObjectNode input = scope.input().deepCopy().put(p.pageSize(), page);
    String rule = op.name() + " pages (" + p.pageSize() + " " + page + ", " + p.inputToken() + "/" + p.outputToken() + ")";
    List<String> mine = scope.mine();
    Walk walk = Walk.settled(c, () -> Walk.of(c, op, input, MAX_PAGES, rule),
        w -> mine.stream().allMatch(key -> w.count(item -> key.equals(key(op.name(), item))) > 0), mine);
    for (Exchange answer : walk.pages()) {
      int size = Steps.body(answer).path(p.items()).size();
      if (size > page) {
        throw CheckFailure.of(answer, rule, "at most " + page + " " + p.items() + " per page, got " + size);
      }
    }
    expectOnce(walk, op, scope.mine(), rule);
  }

  private static void expectOnce(Walk walk, Operation op, List<String> mine, String rule) {
    Set<String> seen = new HashSet<>();
    for (JsonNode item : walk.items()) {
      if (!seen.add(item.toString())) {
        throw CheckFailure.of(walk.last(), rule, "every item once in a walk of " + walk.pages().size()
            + " pages; this one came again: " + item);
      }
    }
    for (String key : mine) {
      long times = walk.count(item -> key.equals(key(op.name(), item)));
      if (times != 1) {
        throw CheckFailure.of(walk.last(), rule, "the item " + key + " created for the walk once in its "
            + walk.pages().size() + " pages, found " + times + " times");
      }
    }
  }

  private static String key(String operation, JsonNode item) {
    return switch (operation) {
      case "ListRelatedItems" -> item.at("/identifier/value/url").asText();
      case "ListTimelineEvents" -> item.path("eventId").asText();
      case "GetResourcePolicies" -> item.path("policyId").asText();
      case "ListReplicationSets" -> item.asText();
      default -> item.path("arn").asText();
    };
  }
}
