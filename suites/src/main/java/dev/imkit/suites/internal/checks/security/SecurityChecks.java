package dev.imkit.suites.internal.checks.security;

import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import java.util.List;

/** The checks of this category (being written). */
public final class SecurityChecks {
  private SecurityChecks() {
  }

  public static List<Check> all(Contract contract) {
    return List.of();
  }
}
