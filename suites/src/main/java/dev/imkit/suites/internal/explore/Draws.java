package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;

/**
 * The arbitraries steps are drawn from: each operation's valid inputs from the generators, in one context whose
 * references are the placeholders of {@link Kind} (so the generators are built once per revision), combined with
 * the choices a step picks with.
 */
final class Draws {
  /** The paginated lists a walk page by page can go through. */
  static final List<String> WALKS = List.of("ListResponsePlans", "ListIncidentRecords", "ListTimelineEvents",
      "ListRelatedItems", "GetResourcePolicies");
  private static final Map<String, Draws> BY_REVISION = new ConcurrentHashMap<>();
  private final IncidentManagerArbitraries generators;
  private final Map<String, Arbitrary<Draw>> draws = new ConcurrentHashMap<>();

  private Draws(String revision, String region) {
    GenerationContext context = GenerationContext.strict().withRegion(region).withNamePrefix("imkit-x")
        .withResponsePlanArns(Kind.PLAN.placeholder()).withIncidentRecordArns(Kind.INCIDENT.placeholder())
        .withTimelineEvent(Kind.INCIDENT.placeholder(), Kind.EVENT.placeholder())
        .withReplicationSetArns(Kind.REPLICATION_SET.placeholder())
        .withTaggableArns(Kind.PLAN.placeholder(), Kind.INCIDENT.placeholder())
        .withResourcePolicy(Kind.PLAN.placeholder(), Kind.POLICY.placeholder());
    this.generators = IncidentManagerArbitraries.forRevision(revision).withContext(context);
  }

  /** The draws of a revision, for requests signed in {@code region}; built once and shared. */
  static Draws of(String revision, String region) {
    return BY_REVISION.computeIfAbsent(revision + "/" + region, k -> new Draws(revision, region));
  }

  /** Steps of {@code operation}: a generated valid input and four choices. */
  Arbitrary<Draw> of(String operation) {
    return draws.computeIfAbsent(operation,
        op -> new DrawArbitrary(Draw.Move.CALL, List.of(op), generators::validInput));
  }

  /** The first page of a walk through one of {@code lists} (its page size set when the step runs), and choices. */
  Arbitrary<Draw> pageStart(List<String> lists) {
    return draws.computeIfAbsent("first page", k -> new DrawArbitrary(Draw.Move.FIRST_PAGE, lists,
        generators::validInput));
  }

  /** The next page of a walk under way: only choices (which walk). */
  Arbitrary<Draw> pageNext() {
    return draws.computeIfAbsent("next page", k -> new DrawArbitrary(Draw.Move.NEXT_PAGE, List.of(""),
        generators::validInput));
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}
