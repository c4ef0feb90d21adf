package dev.imkit.suites.internal.checks.revision;

import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import java.util.List;

/** The checks of this category (being written). */
public final class RevisionChecks {
  private RevisionChecks() {
  }

  public static List<Check> all(Contract contract) {
    return List.of();
  }
}
