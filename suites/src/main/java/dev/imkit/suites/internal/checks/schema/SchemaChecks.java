package dev.imkit.suites.internal.checks.schema;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;

/** The SCHEMA checks: answers and error bodies validate against the contract's schemas at the target's revision. */
public final class SchemaChecks {
  private SchemaChecks() {
  }

  public static List<Check> all(Contract contract) {
    List<Check> checks = new ArrayList<>();
    for (Operation op : contract.operations()) {
      if (OutputSchema.appliesTo(op)) {
        checks.add(OutputSchema.check(op));
      }
    }
    for (ErrorSchema.Provoked p : ErrorSchema.PROVOKED) {
      checks.add(ErrorSchema.check(p));
    }
    // last: it judges every error answer the run saw before it
    checks.add(SeenErrorBodies.check());
    return checks;
  }
}
