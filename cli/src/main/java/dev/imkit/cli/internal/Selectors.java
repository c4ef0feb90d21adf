package dev.imkit.cli.internal;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import java.util.Arrays;
import java.util.List;

/**
 * Checks {@code --only} selectors before a run: a typo there would otherwise skip every check and pass, which
 * is the worst way for a CI gate to fail. A category or operation name is always accepted; an ID or ID prefix
 * must match a check of the catalogue.
 */
final class Selectors {
  private Selectors() {
  }

  static void checkOnly(List<String> selectors) {
    List<String> ids = selectors.stream().filter(s -> !isCategory(s) && !isOperation(s)).toList();
    if (ids.isEmpty()) {
      return; // categories and operations need no catalogue, whose building builds every check once
    }
    List<CheckInfo> catalogue = Catalogue.current();
    for (String s : ids) {
      if (catalogue.stream().noneMatch(c -> c.matches(s))) {
        throw new UsageException("imkit.only: '" + s + "' matches no check, category or operation "
            + "(imkit checks lists the check IDs)");
      }
    }
  }

  private static boolean isCategory(String s) {
    return Arrays.stream(Category.values()).anyMatch(c -> c.name().equalsIgnoreCase(s));
  }

  private static boolean isOperation(String s) {
    return Contract.current().operations().stream().map(Operation::name).anyMatch(s::equals);
  }
}
