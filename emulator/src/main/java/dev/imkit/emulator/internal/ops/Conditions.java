package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Time;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * The {@code Condition} union of list filters: {@code before} and {@code after} a timestamp, or
 * {@code equals} any of a list of strings or integers. Filters are ANDed, values within one are ORed.
 */
final class Conditions {
  private Conditions() {
  }

  /** A time condition (before or after); anything else is refused for {@code key}. */
  static LongPredicate time(String key, JsonNode condition) {
    if (condition.has("before")) {
      long limit = Time.millis(condition.get("before"));
      return t -> t < limit;
    }
    if (condition.has("after")) {
      long limit = Time.millis(condition.get("after"));
      return t -> t > limit;
    }
    throw refused(key, "before or after");
  }

  /** An {@code equals} condition on strings. */
  static Predicate<String> strings(String key, JsonNode condition) {
    JsonNode values = condition.path("equals").get("stringValues");
    if (values == null) {
      throw refused(key, "equals with stringValues");
    }
    Set<String> accepted = new HashSet<>();
    values.forEach(v -> accepted.add(v.asText()));
    return accepted::contains;
  }

  /** An {@code equals} condition on integers. */
  static Predicate<Integer> integers(String key, JsonNode condition) {
    JsonNode values = condition.path("equals").get("integerValues");
    if (values == null) {
      throw refused(key, "equals with integerValues");
    }
    Set<Integer> accepted = new HashSet<>();
    values.forEach(v -> accepted.add(v.asInt()));
    return accepted::contains;
  }

  /** The refusal of a filter key the operation does not know. */
  static RuntimeException unknownKey(String key, String known) {
    return Errors.validation("Filter key '" + key + "' is not supported; supported keys: " + known);
  }

  private static RuntimeException refused(String key, String expected) {
    return Errors.validation("Filter key '" + key + "' takes a condition of " + expected);
  }
}
