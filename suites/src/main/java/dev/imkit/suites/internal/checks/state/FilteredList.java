package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A full walk of a list with a narrowing input (filters) that must narrow it exactly: every item listed satisfies
 * the condition (judged on the item as listed, so items of other runs count too), every resource of the check that
 * satisfies it is listed, and none that does not.
 *
 * @param operation the list operation
 * @param rule the rule the walk judges, for failure messages
 * @param condition what the items must satisfy, as a person reads it
 * @param holds whether a listed item satisfies the condition
 * @param id the identifier of a listed item (its ARN)
 */
record FilteredList(Operation operation, String rule, String condition, Predicate<JsonNode> holds,
    Function<JsonNode, String> id) {
  private static final int MAX_PAGES = 50;

  /** Walks {@code operation} from {@code input}: {@code listed} must come, {@code left} must not. */
  void expect(CheckContext c, ObjectNode input, Set<String> listed, Set<String> left) {
    Walk walk = Walk.settled(c, () -> Walk.of(c, operation, input, MAX_PAGES, rule),
        w -> listed.stream().allMatch(wanted -> w.count(item -> wanted.equals(id.apply(item))) > 0), listed);
    String items = operation.paginator().orElseThrow().items();
    for (Exchange page : walk.pages()) {
      for (JsonNode item : Steps.body(page).path(items)) {
        if (!holds.test(item)) {
          walk.blockIfItemsBreakShape(c.target().contract());
          throw CheckFailure.of(page, rule, "every item listed with " + input.path("filters") + " to satisfy "
              + condition + "; " + id.apply(item) + " does not: " + Steps.abbreviate(item));
        }
        if (left.contains(id.apply(item))) {
          walk.blockIfItemsBreakShape(c.target().contract());
          throw CheckFailure.of(page, rule, id.apply(item) + ", which does not satisfy " + condition
              + ", to be left out of the list filtered by " + input.path("filters"));
        }
      }
    }
    for (String wanted : listed) {
      if (walk.count(item -> wanted.equals(id.apply(item))) != 1) {
        walk.blockIfItemsBreakShape(c.target().contract());
        ObjectNode plain = input.deepCopy();
        plain.remove("filters");
        Walk.blockIfUnlisted(c, operation, plain, item -> wanted.equals(id.apply(item)), wanted);
        throw CheckFailure.of(walk.last(), rule, wanted + ", which satisfies " + condition + ", listed once with "
            + input.path("filters") + " (" + walk.items().size() + " items in " + walk.pages().size() + " pages)");
      }
    }
  }
}
