package dev.imkit.generators.internal;

import dev.imkit.generators.api.BreakKind;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;

/**
 * The rule of a site as the contract states it, in the words of the schemas validator's
 * {@code Violation.constraint()} ({@code required}, a JSON type, the enum values, {@code 1..5}...), so a label
 * can be compared with the violation a validator reports.
 */
final class Constraints {
  private Constraints() {
  }

  static String of(BreakKind kind, Shape s) {
    return switch (kind.rule()) {
      case REQUIRED -> "required";
      case TYPE -> jsonType(s.kind());
      case ENUM -> s.enumValues().toString();
      case UNION -> "exactly one of " + s.members().keySet();
      case PATTERN -> s.pattern().orElse("");
      case UNIQUE_ITEMS -> "unique items";
      default -> (s.min().isPresent() ? String.valueOf(s.min().getAsLong()) : "") + ".."
          + (s.max().isPresent() ? String.valueOf(s.max().getAsLong()) : "");
    };
  }

  private static String jsonType(ShapeKind kind) {
    return switch (kind) {
      case STRUCTURE, UNION, MAP -> "object";
      case LIST -> "array";
      case STRING, ENUM -> "string";
      case INTEGER -> "integer";
      case BOOLEAN -> "boolean";
      case TIMESTAMP -> "number (epoch seconds)";
    };
  }
}
