package dev.imkit.suites.internal.explore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The findings of an exploration, one per finding ID: the first sequence to show one shrinks it, alone. */
final class Findings {
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final Map<String, Finding> found = new ConcurrentHashMap<>();

  /** Whether {@code id} is new, and now claimed by the caller (who shrinks it and then {@link #add}s it). */
  boolean claim(String id) {
    return claimed.add(id);
  }

  void add(Finding finding) {
    found.merge(finding.id(), finding, (a, b) -> a.steps().size() <= b.steps().size() ? a : b);
  }

  /** How many distinct findings, counting those still being shrunk. */
  int count() {
    return claimed.size();
  }

  /** The findings, by ID. */
  List<Finding> all() {
    return found.values().stream().sorted(Comparator.comparing(Finding::id)).toList();
  }
}
