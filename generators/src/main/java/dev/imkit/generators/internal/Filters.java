package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Documented;
import dev.imkit.schemas.api.DocumentedFilter;
import dev.imkit.schemas.api.Operation;
import java.util.List;
import java.util.Optional;

/**
 * Makes the filters of a document built along a forced path (where {@link FilterGen} does not run) documented
 * ones: the key that fits the condition present, and documented values where the key lists them.
 */
final class Filters {
  private Filters() {
  }

  /** Fits every filter of {@code doc}; false when one has a condition no documented key takes. */
  static boolean fit(ObjectNode doc, Operation op) {
    List<DocumentedFilter> keys = Documented.filters(op.name());
    JsonNode filters = doc.get("filters");
    if (keys.isEmpty() || filters == null || !filters.isArray()) {
      return true;
    }
    boolean all = true;
    for (JsonNode f : filters) {
      if (f.isObject() && f.path("condition").isObject()) {
        all &= fitOne((ObjectNode) f, keys);
      }
    }
    return all;
  }

  private static boolean fitOne(ObjectNode filter, List<DocumentedFilter> keys) {
    JsonNode condition = filter.get("condition");
    String member = Docs.firstKey(condition);
    if (member == null) {
      return true;
    }
    String values = member.equals("equals") ? Docs.firstKey(condition.get("equals")) : null;
    Optional<DocumentedFilter> key = keys.stream().filter(k -> k.conditions().contains(member)
        && (values == null || k.values().map(values::equals).orElse(false))).findFirst();
    if (key.isEmpty()) {
      return false;
    }
    filter.put("key", key.get().key());
    if (values != null && !key.get().domain().isEmpty() && condition.get("equals").get(values).isArray()) {
      ArrayNode list = (ArrayNode) condition.get("equals").get(values);
      for (int i = 0; i < list.size(); i++) {
        list.set(i, key.get().domain().get(i % key.get().domain().size()).deepCopy());
      }
    }
    return true;
  }
}
