package dev.imkit.suites.internal.report;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Coverage;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.suites.api.CheckInfo;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How much of the contract a run judged. The contract's rules are its operations (wire rules), every member of
 * every structure and union ({@code Shape.member}) and every constrained simple shape (enum, pattern, length or
 * range). A check covers the rules its {@link CheckInfo#rules()} name, a rule's suffix after {@code #} (the aspect,
 * e.g. {@code GetResponsePlan#http.code}) aside; a rule naming a structure (an output schema a check validates
 * whole) covers each of its members. A category's own rules are those its checks in the catalogue
 * cover; a rule is judged when a check that covers it passed or failed (skipped and blocked checks judge nothing).
 */
public final class ContractCoverage {
  private ContractCoverage() {
  }

  public static Coverage of(Contract contract, List<CheckInfo> catalogue, List<CheckResult> results) {
    Map<String, Set<String>> elements = rulesByName(contract);
    List<CheckResult> judged = results.stream().filter(ContractCoverage::judged).toList();
    Map<Category, Coverage.Part> byCategory = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      Set<String> its = covered(catalogue.stream().filter(i -> i.category() == c).map(CheckInfo::rules).toList(),
          elements);
      if (!its.isEmpty()) {
        Set<String> done = covered(judged.stream().filter(r -> r.category() == c).map(CheckResult::rules).toList(),
            elements);
        done.retainAll(its);
        byCategory.put(c, new Coverage.Part(done.size(), its.size()));
      }
    }
    Set<String> anyCheck = covered(catalogue.stream().map(CheckInfo::rules).toList(), elements);
    Set<String> judgedRules = covered(judged.stream().map(CheckResult::rules).toList(), elements);
    Set<String> all = elements(contract);
    List<String> uncovered = all.stream().filter(e -> !anyCheck.contains(e)).toList();
    return new Coverage(judgedRules.size(), all.size(), byCategory, uncovered);
  }

  /** Whether a check judged its rules: it passed or failed, at whatever level, new or known. */
  private static boolean judged(CheckResult r) {
    return r.status() != CheckStatus.SKIP && r.status() != CheckStatus.BLOCKED;
  }

  /** The contract's rules, sorted. */
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

  /** What each name a check's rule may give stands for: a rule, or a structure's members. */
  private static Map<String, Set<String>> rulesByName(Contract contract) {
    Map<String, Set<String>> byName = new HashMap<>();
    elements(contract).forEach(e -> byName.put(e, Set.of(e)));
    for (Shape s : contract.shapes().values()) {
      if (!s.members().isEmpty()) {
        byName.putIfAbsent(s.name(), s.members().keySet().stream().map(m -> s.name() + "." + m)
            .collect(Collectors.toSet()));
      }
    }
    return byName;
  }

  private static Set<String> covered(Collection<List<String>> rules, Map<String, Set<String>> byName) {
    return rules.stream().flatMap(List::stream).map(rule -> rule.split("#", 2)[0])
        .flatMap(name -> byName.getOrDefault(name, Set.of()).stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
