package dev.imkit.suites.internal.checks.validation;

import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import java.util.List;

/** The checks of this category (being written). */
public final class ValidationChecks {
  private ValidationChecks() {
  }

  public static List<Check> all(Contract contract) {
    return List.of();
  }
}
