package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import java.math.BigDecimal;

/** Checks an integer: a JSON number with no fractional part (as JSON Schema counts {@code 3.0}), then its range. */
final class IntegerCheck implements Check {
  private final Shape shape;

  IntegerCheck(Shape shape) {
    this.shape = shape;
  }

  @Override
  public void check(JsonNode value, Walk walk) {
    if (!isInteger(value)) {
      walk.violation(Rule.TYPE, shape, value);
      return;
    }
    if (shape.min().isPresent() && compare(value, shape.min().getAsLong()) < 0) {
      walk.violation(Rule.MINIMUM, shape, value);
    }
    if (shape.max().isPresent() && compare(value, shape.max().getAsLong()) > 0) {
      walk.violation(Rule.MAXIMUM, shape, value);
    }
  }

  private static int compare(JsonNode value, long bound) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return Long.compare(value.longValue(), bound);
    }
    return value.decimalValue().compareTo(BigDecimal.valueOf(bound));
  }

  static boolean isInteger(JsonNode value) {
    if (value.isIntegralNumber()) {
      return true;
    }
    if (!value.isNumber()) {
      return false;
    }
    BigDecimal d = value.decimalValue();
    return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
  }
}
