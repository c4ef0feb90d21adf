package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What kind of value a shape describes. */
@API(status = EXPERIMENTAL)
public enum ShapeKind {
  /** A JSON object with named members, some required. */
  STRUCTURE,
  /** A tagged union: a JSON object with exactly one of its members set. */
  UNION,
  /** A JSON array. */
  LIST,
  /** A JSON object used as a map, with constrained keys and values. */
  MAP,
  /** A JSON string, possibly with length bounds and a pattern. */
  STRING,
  /** A JSON string restricted to a set of values. */
  ENUM,
  /** A JSON integer, possibly with a range. */
  INTEGER,
  /** A JSON boolean. */
  BOOLEAN,
  /** A JSON number: seconds since the epoch. */
  TIMESTAMP
}
