package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.schemas.api.Rule;
import org.apiguardian.api.API;

/** The ways an invalid input can break one rule of the contract, each mapped to the schemas {@link Rule}. */
@API(status = EXPERIMENTAL)
public enum BreakKind {
  /** A required member is absent. */
  MISSING_REQUIRED(Rule.REQUIRED),
  /** A string that is not one of the enum's values. */
  UNKNOWN_ENUM_VALUE(Rule.ENUM),
  /** A union with no member set. */
  UNION_EMPTY(Rule.UNION),
  /** A union with two or more members set. */
  UNION_MULTIPLE(Rule.UNION),
  /** A string shorter than its minimum length (in code points). */
  TOO_SHORT(Rule.MIN_LENGTH),
  /** A string longer than its maximum length (in code points). */
  TOO_LONG(Rule.MAX_LENGTH),
  /** A string, within its length bounds, that does not match its pattern. */
  PATTERN_MISMATCH(Rule.PATTERN),
  /** An integer below its minimum. */
  BELOW_MINIMUM(Rule.MINIMUM),
  /** An integer above its maximum. */
  ABOVE_MAXIMUM(Rule.MAXIMUM),
  /** A list with fewer items than allowed. */
  TOO_FEW_ITEMS(Rule.MIN_ITEMS),
  /** A list with more items than allowed. */
  TOO_MANY_ITEMS(Rule.MAX_ITEMS),
  /** A map with fewer entries than allowed. */
  TOO_FEW_ENTRIES(Rule.MIN_ENTRIES),
  /** A map with more entries than allowed. */
  TOO_MANY_ENTRIES(Rule.MAX_ENTRIES),
  /** A list that must hold distinct items repeats one. */
  DUPLICATE_ITEMS(Rule.UNIQUE_ITEMS),
  /** A value of the wrong JSON type (a string for a number, an ISO-8601 string for a timestamp...). */
  WRONG_TYPE(Rule.TYPE),
  /** A map key shorter than the key shape allows. */
  KEY_TOO_SHORT(Rule.MIN_LENGTH),
  /** A map key longer than the key shape allows. */
  KEY_TOO_LONG(Rule.MAX_LENGTH),
  /** A map key that does not match the key shape's pattern. */
  KEY_PATTERN_MISMATCH(Rule.PATTERN);

  private final Rule rule;

  BreakKind(Rule rule) {
    this.rule = rule;
  }

  /** The schemas rule a value broken this way violates. */
  public Rule rule() {
    return rule;
  }

  /** Whether the break is in a map key (the violation then names the key and points at the map). */
  public boolean isKeyBreak() {
    return this == KEY_TOO_SHORT || this == KEY_TOO_LONG || this == KEY_PATTERN_MISMATCH;
  }
}
