package dev.imkit.generators;

import dev.imkit.generators.api.InvalidInput;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.ValidationReport;

/** Whether an invalid input breaks exactly its labelled rule, according to the fast validator. */
final class Labels {
  private Labels() {
  }

  static boolean holds(InvalidInput in) {
    ValidationReport r = Contract.at(in.revision()).validator().input(in.operation(), in.document());
    return r.violations().size() == 1 && in.label().matches(r.violations().get(0))
        && r.violations().get(0).constraint().equals(in.label().constraint());
  }
}
