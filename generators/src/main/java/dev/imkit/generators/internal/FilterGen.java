package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.schemas.api.DocumentedFilter;
import java.util.List;

/**
 * A list filter as the documentation describes it: one of the operation's documented keys with a condition that
 * fits it (a time key with {@code after} or {@code before}, the others with {@code equals} and the documented
 * kind of values, drawn from the documented ones where they are listed).
 */
final class FilterGen implements Gen {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final List<DocumentedFilter> keys;
  private final Gen timestamp = ScalarGens.timestamp();
  private final Gen text;

  FilterGen(List<DocumentedFilter> keys, Gen text) {
    this.keys = List.copyOf(keys);
    this.text = text;
  }

  @Override
  public JsonNode next(Run run) {
    return forKey(keys.get(run.source.pick(keys.size())), run);
  }

  /** A filter on {@code key}. */
  JsonNode forKey(DocumentedFilter key, Run run) {
    ObjectNode filter = JSON.objectNode();
    String condition = key.conditions().get(run.source.pick(key.conditions().size()));
    ObjectNode c = filter.putObject("condition");
    if (!condition.equals("equals")) {
      c.set(condition, timestamp.next(run));
    } else {
      ArrayNode values = c.putObject("equals").putArray(key.values().orElse("stringValues"));
      int n = run.source.count(1, key.domain().isEmpty() ? 3 : key.domain().size());
      for (int i = 0; i < n; i++) {
        JsonNode v = key.domain().isEmpty() ? text.next(run) : key.domain().get(run.source.pick(key.domain().size()));
        if (!contains(values, v)) {
          values.add(v);
        }
      }
    }
    filter.set("key", TextNode.valueOf(key.key()));
    return filter;
  }

  List<DocumentedFilter> keys() {
    return keys;
  }

  private static boolean contains(ArrayNode values, JsonNode v) {
    for (JsonNode x : values) {
      if (x.equals(v)) {
        return true;
      }
    }
    return false;
  }
}
