package dev.imkit.cli.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Coverage;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.reports.api.Category;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How much of the contract a run's checks exercised. The contract's elements are its operations (wire rules),
 * every member of every structure and union ({@code Shape.member}) and every constrained simple shape (enum,
 * pattern, length or range). A check covers the elements its rules name, a rule's suffix after {@code #} (the
 * aspect, e.g. {@code GetResponsePlan#http.code}) aside. Only checks that ran count: a skipped check covers
 * nothing.
 */
final class ContractCoverage {
  private ContractCoverage() {
  }

  static Coverage of(Contract contract, List<CheckResult> results) {
    Set<String> elements = elements(contract);
    Set<String> covered = coveredBy(results, elements);
    Map<String, Coverage.Part> byCategory = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      Set<String> mine = coveredBy(results.stream().filter(r -> r.category() == c).toList(), elements);
      if (!mine.isEmpty()) {
        byCategory.put(c.name(), new Coverage.Part(mine.size(), elements.size()));
      }
    }
    List<String> uncovered = elements.stream().filter(e -> !covered.contains(e)).toList();
    return new Coverage(covered.size(), elements.size(), byCategory, uncovered);
  }

  /** The contract's elements, sorted. */
  static Set<String> elements(Contract contract) {
    Set<String> elements = new TreeSet<>();
    contract.operations().stream().map(Operation::name).forEach(elements::add);
    for (Shape s : contract.shapes().values()) {
      if (!s.members().isEmpty()) {
        s.members().keySet().forEach(m -> elements.add(s.name() + "." + m));
      } else if (constrained(s)) {
        elements.add(s.name());
      }
    }
    return elements;
  }

  private static boolean constrained(Shape s) {
    return !s.enumValues().isEmpty() || s.pattern().isPresent() || s.min().isPresent() || s.max().isPresent()
        || s.uniqueItems();
  }

  private static Set<String> coveredBy(List<CheckResult> results, Set<String> elements) {
    return results.stream().filter(r -> r.status() != CheckStatus.SKIP).flatMap(r -> r.rules().stream())
        .map(rule -> rule.split("#", 2)[0]).filter(elements::contains).collect(Collectors.toCollection(TreeSet::new));
  }
}
