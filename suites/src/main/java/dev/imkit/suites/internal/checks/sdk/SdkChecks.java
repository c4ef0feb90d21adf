package dev.imkit.suites.internal.checks.sdk;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;

/** The SDK checks: the AWS SDK for Java v2 drives each operation and reads each answer and refusal. */
public final class SdkChecks {
  private SdkChecks() {
  }

  public static List<Check> all(Contract contract) {
    List<Check> checks = new ArrayList<>();
    for (Operation op : contract.operations()) {
      checks.add(SdkCall.check(op));
    }
    for (Operation op : contract.operations()) {
      checks.add(SdkError.check(op));
    }
    return checks;
  }
}
