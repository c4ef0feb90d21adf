package dev.imkit.suites.internal.checks.state;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.Shape;

/** The first revision a contract element exists in, read from the revision history (never hand-written). */
public final class Since {
  private Since() {
  }

  /** The first revision whose {@code shape} has {@code member}. */
  public static String member(String shape, String member) {
    for (Revision r : Revisions.all()) {
      Shape s = Contract.at(r).shapes().get(shape);
      if (s != null && s.members().containsKey(member)) {
        return r.name();
      }
    }
    throw new IllegalArgumentException("no revision has " + shape + "." + member);
  }

  /** The first revision whose enum {@code shape} has {@code value}. */
  public static String enumValue(String shape, String value) {
    for (Revision r : Revisions.all()) {
      Shape s = Contract.at(r).shapes().get(shape);
      if (s != null && s.enumValues().contains(value)) {
        return r.name();
      }
    }
    throw new IllegalArgumentException("no revision has " + shape + " " + value);
  }
}
