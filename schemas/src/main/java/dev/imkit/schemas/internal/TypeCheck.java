package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import java.util.function.Predicate;

/** Checks a value whose only rule is its JSON type (booleans; timestamps, which are JSON numbers). */
final class TypeCheck implements Check {
  private final Shape shape;
  private final Predicate<JsonNode> type;

  TypeCheck(Shape shape, Predicate<JsonNode> type) {
    this.shape = shape;
    this.type = type;
  }

  @Override
  public void check(JsonNode value, Walk walk) {
    if (!type.test(value)) {
      walk.violation(Rule.TYPE, shape, value);
    }
  }
}
