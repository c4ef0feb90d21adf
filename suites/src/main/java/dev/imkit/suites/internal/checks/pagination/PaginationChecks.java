package dev.imkit.suites.internal.checks.pagination;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * The PAGINATION checks, one per paginated operation ({@code Operation.paginator()}), MUST: the model's
 * paginator names the page size, the tokens and the items, and the page size is documented as the maximum
 * number of results per page.
 */
public final class PaginationChecks {
  private PaginationChecks() {
  }

  public static List<Check> all(Contract contract) {
    List<Check> checks = new ArrayList<>();
    for (Operation op : contract.operations()) {
      op.paginator().ifPresent(p -> checks.add(new Check(new CheckInfo("PAGE-WALK-" + op.name(),
          Category.PAGINATION, List.of(op.name()), List.of(op.name() + "#paginated", op.input() + "." + p.pageSize(),
              op.output() + "." + p.outputToken()), Level.MUST, op.introducedIn(), true,
          "a walk with a small " + p.pageSize() + " respects it, ends without a token and yields each item once"),
          c -> FullWalk.run(c, op))));
    }
    return checks;
  }
}
