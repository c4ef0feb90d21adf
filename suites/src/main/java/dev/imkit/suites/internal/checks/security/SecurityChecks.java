package dev.imkit.suites.internal.checks.security;

import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import java.util.List;

/** The SECURITY checks (opt-in, profile {@code security}): requests not signed as SigV4 requires are refused. */
public final class SecurityChecks {
  private static final String OPERATION = "ListResponsePlans";

  private SecurityChecks() {
  }

  public static List<Check> all(Contract contract) {
    return SignatureChecks.all(contract.operation(OPERATION));
  }
}
