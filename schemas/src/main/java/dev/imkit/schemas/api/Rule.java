package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The contract rule a value broke, with the JSON Schema keyword that states it. */
@API(status = EXPERIMENTAL)
public enum Rule {
  /** A required member is missing. */
  REQUIRED("required"),
  /** The value has the wrong JSON type. */
  TYPE("type"),
  /** A string is not one of the enum's values. */
  ENUM("enum"),
  /** A union has no member or more than one member set. */
  UNION("oneOf"),
  /** A string is shorter than its minimum length. */
  MIN_LENGTH("minLength"),
  /** A string is longer than its maximum length. */
  MAX_LENGTH("maxLength"),
  /** A string does not match its pattern. */
  PATTERN("pattern"),
  /** An integer is below its minimum. */
  MINIMUM("minimum"),
  /** An integer is above its maximum. */
  MAXIMUM("maximum"),
  /** A list has fewer items than allowed. */
  MIN_ITEMS("minItems"),
  /** A list has more items than allowed. */
  MAX_ITEMS("maxItems"),
  /** A list that must hold distinct values repeats one. */
  UNIQUE_ITEMS("uniqueItems"),
  /** A map has fewer entries than allowed. */
  MIN_ENTRIES("minProperties"),
  /** A map has more entries than allowed. */
  MAX_ENTRIES("maxProperties");

  private final String keyword;

  Rule(String keyword) {
    this.keyword = keyword;
  }

  /** The JSON Schema 2020-12 keyword that expresses the rule. */
  public String keyword() {
    return keyword;
  }
}
