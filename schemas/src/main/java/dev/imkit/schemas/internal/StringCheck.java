package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.EcmaPattern;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import java.util.Set;

/** Checks a string or enum: type, length in code points, pattern, enum membership. */
final class StringCheck implements Check {
  private final Shape shape;
  private final long min;
  private final long max;
  private final EcmaPattern pattern;
  private final Set<String> values;

  StringCheck(Shape shape) {
    this.shape = shape;
    this.min = shape.min().orElse(0);
    this.max = shape.max().orElse(Long.MAX_VALUE);
    this.pattern = shape.pattern().map(EcmaPattern::compile).orElse(null);
    this.values = shape.enumValues().isEmpty() ? null : Set.copyOf(shape.enumValues());
  }

  @Override
  public void check(JsonNode value, Walk walk) {
    if (!value.isTextual()) {
      walk.violation(Rule.TYPE, shape, value);
      return;
    }
    check(value, walk, false);
  }

  /** Checks a map key (always a string); violations name the key and point at the map. */
  void checkKey(JsonNode key, Walk walk) {
    check(key, walk, true);
  }

  private void check(JsonNode node, Walk walk, boolean key) {
    String s = node.textValue();
    Rule length = lengthRule(s);
    if (length != null) {
      report(length, node, walk, key);
    }
    if (pattern != null && !pattern.matches(s)) {
      report(Rule.PATTERN, node, walk, key);
    }
    if (values != null && !values.contains(s)) {
      report(Rule.ENUM, node, walk, key);
    }
  }

  /** Length is counted in code points; UTF-16 units give the answer without counting in most cases. */
  private Rule lengthRule(String s) {
    int units = s.length();
    if (units < min) {
      return Rule.MIN_LENGTH;
    }
    if (units > max || units < 2 * min) {
      int codePoints = s.codePointCount(0, units);
      if (codePoints < min) {
        return Rule.MIN_LENGTH;
      }
      if (codePoints > max) {
        return Rule.MAX_LENGTH;
      }
    }
    return null;
  }

  private void report(Rule rule, JsonNode node, Walk walk, boolean key) {
    if (key) {
      walk.keyViolation(rule, shape, node);
    } else {
      walk.violation(rule, shape, node);
    }
  }
}
