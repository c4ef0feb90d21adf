package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Resource;
import dev.imkit.schemas.api.Resources;
import dev.imkit.suites.api.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes what a run created, in the order resources.json gives (children before parents: timeline events,
 * incidents, which are resolved first, resource policies, response plans, and the replication set only if the run
 * created it). Works from the journal's {@code created} lines, so it serves both the end of a run and
 * {@code imkit cleanup} after a crash. Journal identifiers are those resources.json names ({@code arn},
 * {@code eventId}, {@code policyId}, {@code parent}); intents carry {@code name} and {@code parent} too.
 */
public final class Cleanup {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Cleanup() {
  }

  /** Removes each journaled resource; returns how many removals the target accepted. */
  public static int remove(Target target, List<ObjectNode> created) {
    List<ObjectNode> ordered = new ArrayList<>(created);
    java.util.Collections.reverse(ordered);
    ordered.sort(Comparator.comparingInt(l -> kind(l.path("operation").asText()).map(Resource::removalRank)
        .orElse(Integer.MAX_VALUE)));
    int removed = 0;
    for (ObjectNode line : ordered) {
      try {
        Optional<Resource> r = kind(line.path("operation").asText());
        if (r.isPresent() && removeOne(target, r.get(), line.path("ids"))) {
          removed++;
        }
      } catch (RuntimeException e) {
        // best effort: one resource that cannot be removed must not keep the others
      }
    }
    return removed;
  }

  private static boolean removeOne(Target target, Resource r, JsonNode journaled) {
    Map<String, JsonNode> ids = new LinkedHashMap<>();
    journaled.fields().forEachRemaining(e -> ids.put(e.getKey(), e.getValue()));
    Fixtures.Instance instance = new Fixtures.Instance(r.kind(), ids);
    r.beforeDelete().ifPresent(call -> target.call(call.operation(), Fixtures.input(call, instance)));
    return target.call(r.delete().operation(), Fixtures.input(r.delete(), instance)).succeeded();
  }

  /** The kind an operation creates, when the journal tracks it (not one its own delete call also makes). */
  static Optional<Resource> kind(String operation) {
    return Resources.createdBy(operation).filter(r -> !r.delete().operation().equals(operation));
  }

  /** Whether an operation removes an instance of some kind (resources.json's delete). */
  static boolean deletes(String operation) {
    return Resources.all().stream().anyMatch(r -> r.delete().operation().equals(operation));
  }

  /** Whether an operation creates something the journal must record. */
  static boolean creates(String operation) {
    return kind(operation).isPresent();
  }

  /** What an input already names: enough to find what the call created if its answer is lost. */
  static ObjectNode inputIdentifiers(String operation, ObjectNode input) {
    ObjectNode ids = JSON.objectNode();
    kind(operation).ifPresent(r -> {
      r.create().nameMember().map(input::at).filter(JsonNode::isTextual).ifPresent(v -> ids.set("name", v));
      r.create().parentMember().map(input::at).filter(JsonNode::isTextual).ifPresent(v -> ids.set("parent", v));
    });
    return ids;
  }

  /** The identifiers a later removal needs: from the answer (or the input, as resources.json says). */
  static ObjectNode identifiers(String operation, ObjectNode input, JsonNode answer) {
    ObjectNode ids = inputIdentifiers(operation, input);
    kind(operation).ifPresent(r -> r.create().ids().forEach((name, pointer) -> {
      boolean fromInput = pointer.startsWith("input:");
      JsonNode body = fromInput ? input : answer;
      JsonNode v = body == null ? null : body.at(fromInput ? pointer.substring(6) : pointer);
      if (v != null && !v.isMissingNode() && !v.isNull()) {
        ids.set(name, v);
      }
    }));
    return ids;
  }
}
