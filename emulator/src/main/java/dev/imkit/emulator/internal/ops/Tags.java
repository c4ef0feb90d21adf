package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tag maps: immutable, in the order keys were first added. */
final class Tags {
  private Tags() {
  }

  /** The tags of a TagMap member, empty if absent. */
  static Map<String, String> of(JsonNode tagMap) {
    if (tagMap == null || !tagMap.isObject() || tagMap.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = tagMap.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asText());
    }
    return Collections.unmodifiableMap(out);
  }

  /** {@code base} with {@code more} added or overwritten. */
  static Map<String, String> merge(Map<String, String> base, Map<String, String> more) {
    Map<String, String> out = new LinkedHashMap<>(base);
    out.putAll(more);
    return Collections.unmodifiableMap(out);
  }

  /** {@code base} without {@code keys}. */
  static Map<String, String> without(Map<String, String> base, Iterable<String> keys) {
    Map<String, String> out = new LinkedHashMap<>(base);
    keys.forEach(out::remove);
    return Collections.unmodifiableMap(out);
  }
}
