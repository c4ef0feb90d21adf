package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Paginator;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A walk page by page with a resource created between its first and second page yields no resource twice: a
 * page token names where the walk is, not how many items it has passed (which an insert ahead of it shifts, so
 * the second page would show the first page's item again). Two pages of one item show it.
 */
final class WalkUnderInserts {
  private WalkUnderInserts() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-LIST-INSERT-ListResponsePlans", List.of("ListResponsePlans", "CreateResponsePlan"),
            List.of("ListResponsePlansInput.nextToken"), StateCheck.OLDEST, "a walk through ListResponsePlans with a "
                + "plan created between its pages yields no plan twice",
            c -> walk(c, "ListResponsePlans", Steps.object(),
                c2 -> Plans.create(c2, c2.fixtures().responsePlanInput(i -> { }), "CreateResponsePlan before the walk"),
                (c2, seen) -> Plans.create(c2, c2.fixtures().responsePlanInput(i -> i.put("name",
                    ahead(seen.path(0).path("name").asText(), c2.target().uniqueName("ahead"), longest(c2)))),
                    "CreateResponsePlan during the walk"))),
        StateCheck.must("STATE-LIST-INSERT-ListIncidentRecords", List.of("ListIncidentRecords", "StartIncident"),
            List.of("ListIncidentRecordsInput.nextToken"), StateCheck.OLDEST, "a walk through ListIncidentRecords "
                + "with an incident started between its pages yields no incident twice",
            c -> walk(c, "ListIncidentRecords", Steps.object(), WalkUnderInserts::incident,
                (c2, seen) -> incident(c2))));
  }

  /**
   * A plan name that sorts before {@code first} (the first page's item), so the plan lands ahead of the walk in a
   * list ordered by name: one more leading '-' (the lowest character plan names allow) than {@code first} has. A
   * fixed prefix is not enough: the run's other plans have generated names, some of which sort before any prefix.
   */
  static String ahead(String first, String unique, long longest) {
    int dashes = 0;
    while (dashes < first.length() && first.charAt(dashes) == '-') {
      dashes++;
    }
    String name = "-".repeat(dashes + 1) + unique;
    return name.length() <= longest ? name : name.substring(0, (int) longest);
  }

  /** The longest plan name the model allows. */
  private static long longest(CheckContext c) {
    Contract contract = c.target().contract();
    String name = contract.shape(contract.operation("CreateResponsePlan").input()).members().get("name").target();
    return contract.shape(name).max().orElse(Long.MAX_VALUE);
  }

  private static void incident(CheckContext c) {
    IncidentChecks.start(c, Steps.object().put("responsePlanArn", c.fixtures().responsePlan()), "StartIncident");
  }

  /**
   * Two resources {@code before} the walk (so it has a second page), one {@code during} it, between its pages
   * (given the first page's items).
   */
  private static void walk(CheckContext c, String list, ObjectNode input, Consumer<CheckContext> before,
      BiConsumer<CheckContext, JsonNode> during) {
    before.accept(c);
    before.accept(c);
    Operation op = c.target().contract().operation(list);
    Paginator p = op.paginator().orElseThrow();
    String rule = list + " pages: a walk yields each item once, also when items are created during it";
    Exchange first = Steps.must(c, list, input.deepCopy().put(p.pageSize(), 1), rule);
    String token = p.next(Steps.body(first)).orElse(null);
    if (token == null) {
      Walk.requireStringToken(op, first, rule);
      // two items were just made, so a page of one must say where the walk goes on: PAGE-WALK judges that
      int items = Steps.body(first).path(p.items()).size();
      throw new Blocked(new Cause("pages:" + list, CauseKind.RULE_BROKEN, list + " answered a first page of "
          + p.pageSize() + " 1 with " + items + " item" + (items == 1 ? "" : "s") + " and no " + p.outputToken()
          + ", though it has at least two items to list", "PAGE-WALK-" + list));
    }
    during.accept(c, Steps.body(first).path(p.items()));
    ObjectNode next = input.deepCopy().put(p.pageSize(), 1).put(p.inputToken(), token);
    Exchange second = Steps.must(c, list, next, rule);
    Set<String> seen = new HashSet<>();
    for (Exchange page : List.of(first, second)) {
      for (JsonNode item : Steps.body(page).path(p.items())) {
        String arn = item.path("arn").asText();
        if (!seen.add(arn)) {
          throw CheckFailure.of(second, rule, "the second page to go on from the first; it shows " + arn
              + " again, which the first page showed");
        }
      }
    }
  }
}
