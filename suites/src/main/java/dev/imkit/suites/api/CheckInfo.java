package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a check is: its stable ID, category, the operations it exercises, the contract rules it covers (as
 * {@code Shape} or {@code Shape.member} names, or operation names for wire rules), its level, and the first
 * revision it applies to.
 *
 * @param id stable ID, e.g. {@code VAL-ENUM-StartIncident-relatedItems.identifier.type}
 * @param category the category
 * @param operations the operations it sends
 * @param rules the contract rules it covers, for coverage
 * @param level MUST or SHOULD
 * @param since the first revision the check applies to
 * @param writes whether the check creates, changes or deletes anything
 * @param description one sentence on what it proves
 */
@API(status = EXPERIMENTAL)
public record CheckInfo(String id, Category category, List<String> operations, List<String> rules, Level level,
    String since, boolean writes, String description) {

  public CheckInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    operations = List.copyOf(operations);
    rules = List.copyOf(rules);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(since, "since");
  }

  /** Whether the check matches a selector: its ID, an ID prefix ending in {@code *}, a category or an operation. */
  public boolean matches(String selector) {
    if (selector.endsWith("*")) {
      return id.startsWith(selector.substring(0, selector.length() - 1));
    }
    return id.equals(selector) || category.name().equalsIgnoreCase(selector) || operations.contains(selector);
  }
}
