package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kinds of conformance checks (DESIGN.md, "Checks"); a check belongs to exactly one. */
@API(status = EXPERIMENTAL)
public enum Category {
  /** Success codes, error envelopes, content type, timestamps, query and label bindings. */
  PROTOCOL("PROTO"),
  /** Every answer and error body validates against its schema. */
  SCHEMA("SCHEMA"),
  /** Each broken input rule is refused with a 400 ValidationException. */
  VALIDATION("VAL"),
  /** What is written is what is read: create, read, update, delete, list, lifecycles. */
  STATE("STATE"),
  /** The same client token and input give the same result and no duplicate. */
  IDEMPOTENCY("IDEM"),
  /** maxResults is honoured and a full walk yields every item once. */
  PAGINATION("PAGE"),
  /** The changes of each model revision hold; the target's revision is detected. */
  REVISION("REV"),
  /** The AWS SDK for Java v2 drives each operation and parses each answer. */
  SDK("SDK"),
  /** Unsigned or wrongly signed requests are refused (opt-in profile). */
  SECURITY("SEC");

  private final String prefix;

  Category(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix of the IDs of this category's checks, e.g. {@code VAL}. */
  public String prefix() {
    return prefix;
  }
}
