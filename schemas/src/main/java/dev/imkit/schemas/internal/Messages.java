package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import dev.imkit.schemas.api.Violation;
import java.util.List;

/**
 * Builds {@link Violation}s with Smithy-style messages, the form Smithy server frameworks give their
 * ValidationException field list: {@code Value at '/impact' failed to satisfy constraint: Member must be
 * between 1 and 5, inclusive}.
 */
final class Messages {
  private Messages() {
  }

  /**
   * A violation of {@code rule} by {@code value} (a member's value, or a map key as a text node) of
   * {@code shape} at {@code pointer}. For {@link Rule#REQUIRED}, {@code shape} is the missing member's shape;
   * for {@link Rule#UNION}, {@code members} lists the union members that were set.
   */
  static Violation violation(String pointer, Rule rule, Shape shape, JsonNode value, String mapKey,
      List<String> members) {
    String at = "'" + (pointer.isEmpty() ? "/" : pointer) + "'";
    String subject = mapKey == null ? "Member" : "Map key '" + mapKey + "'";
    String constraint = constraint(rule, shape);
    String text = switch (rule) {
      case REQUIRED -> "Value at " + at + " failed to satisfy constraint: Member must not be null";
      case TYPE -> "Value at " + at + " failed to satisfy constraint: " + subject + " must be of type " + constraint;
      case ENUM -> "Value at " + at + " failed to satisfy constraint: " + subject
          + " must satisfy enum value set: " + constraint;
      case UNION -> "Value at " + at + " failed to satisfy constraint: Union must have exactly one member set, "
          + (members.isEmpty() ? "but none was" : "but " + members.size() + " were: " + members);
      case PATTERN -> "Value at " + at + " failed to satisfy constraint: " + subject
          + " must satisfy regular expression pattern: " + constraint;
      case MIN_LENGTH, MAX_LENGTH, MIN_ITEMS, MAX_ITEMS, MIN_ENTRIES, MAX_ENTRIES ->
          "Value with length " + length(value) + " at " + at + " failed to satisfy constraint: " + subject
              + " must have length " + bounds(shape);
      case MINIMUM, MAXIMUM -> "Value at " + at + " failed to satisfy constraint: " + subject + " must be "
          + bounds(shape);
      case UNIQUE_ITEMS -> "Value with repeated values at " + at
          + " failed to satisfy constraint: Member must have unique values";
    };
    return new Violation(pointer, rule, constraint, text, mapKey);
  }

  private static String constraint(Rule rule, Shape shape) {
    return switch (rule) {
      case REQUIRED -> "required";
      case TYPE -> jsonType(shape.kind());
      case ENUM -> shape.enumValues().toString();
      case UNION -> "exactly one of " + shape.members().keySet();
      case PATTERN -> shape.pattern().orElse("");
      case UNIQUE_ITEMS -> "unique items";
      default -> range(shape);
    };
  }

  /** The JSON type values of a shape kind have. */
  static String jsonType(ShapeKind kind) {
    return switch (kind) {
      case STRUCTURE, UNION, MAP -> "object";
      case LIST -> "array";
      case STRING, ENUM -> "string";
      case INTEGER -> "integer";
      case BOOLEAN -> "boolean";
      case TIMESTAMP -> "number (epoch seconds)";
    };
  }

  private static String range(Shape shape) {
    return (shape.min().isPresent() ? String.valueOf(shape.min().getAsLong()) : "") + ".."
        + (shape.max().isPresent() ? String.valueOf(shape.max().getAsLong()) : "");
  }

  private static String bounds(Shape shape) {
    if (shape.min().isPresent() && shape.max().isPresent()) {
      return "between " + shape.min().getAsLong() + " and " + shape.max().getAsLong() + ", inclusive";
    }
    if (shape.min().isPresent()) {
      return "greater than or equal to " + shape.min().getAsLong();
    }
    return "less than or equal to " + shape.max().getAsLong();
  }

  private static int length(JsonNode value) {
    if (value.isTextual()) {
      String s = value.asText();
      return s.codePointCount(0, s.length());
    }
    return value.size();
  }
}
