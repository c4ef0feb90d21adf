package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Which constraint a {@link Boundary}'s valid extremes stand at. */
@API(status = EXPERIMENTAL)
public enum EdgeKind {
  /** The shortest and longest strings allowed (an empty string where allowed). */
  LENGTH,
  /** The smallest and largest integers allowed. */
  RANGE,
  /** Each value of an enum. */
  ENUM,
  /** Each member of a union. */
  UNION,
  /** The fewest and most items allowed in a list (an empty list where allowed). */
  ITEMS,
  /** The fewest and most entries allowed in a map. */
  ENTRIES,
  /** The shortest and longest map keys allowed. */
  KEY_LENGTH
}
