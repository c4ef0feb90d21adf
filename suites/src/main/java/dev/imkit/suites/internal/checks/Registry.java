package dev.imkit.suites.internal.checks;

import dev.imkit.schemas.api.Contract;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.internal.checks.idempotency.IdempotencyChecks;
import dev.imkit.suites.internal.checks.pagination.PaginationChecks;
import dev.imkit.suites.internal.checks.protocol.ProtocolChecks;
import dev.imkit.suites.internal.checks.revision.RevisionChecks;
import dev.imkit.suites.internal.checks.schema.SchemaChecks;
import dev.imkit.suites.internal.checks.sdk.SdkChecks;
import dev.imkit.suites.internal.checks.security.SecurityChecks;
import dev.imkit.suites.internal.checks.state.SemanticChecks;
import dev.imkit.suites.internal.checks.state.StateChecks;
import dev.imkit.suites.internal.checks.validation.ValidationChecks;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;

/** Every check of a category, for the contract a target is held to. */
public final class Registry {
  private Registry() {
  }

  public static List<Check> checks(Category category, Contract contract) {
    return switch (category) {
      case PROTOCOL -> ProtocolChecks.all(contract);
      case SCHEMA -> SchemaChecks.all(contract);
      case VALIDATION -> ValidationChecks.all(contract);
      case STATE -> concat(StateChecks.all(contract), SemanticChecks.all(contract));
      case IDEMPOTENCY -> IdempotencyChecks.all(contract);
      case PAGINATION -> PaginationChecks.all(contract);
      case REVISION -> RevisionChecks.all(contract);
      case SDK -> SdkChecks.all(contract);
      case SECURITY -> SecurityChecks.all(contract);
    };
  }

  private static List<Check> concat(List<Check> first, List<Check> second) {
    List<Check> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  public static List<Check> all(Contract contract) {
    List<Check> all = new ArrayList<>();
    for (Category c : Category.values()) {
      all.addAll(checks(c, contract));
    }
    return all;
  }
}
