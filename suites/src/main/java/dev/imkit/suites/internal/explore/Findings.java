package dev.imkit.suites.internal.explore;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of an exploration, one per finding ID. The first sequence to show one shrinks it; later ones that
 * show it are shrunk too, up to {@value #SHRINKS} in all ({@value #SHRINKS_WHILE_LONG} while its shortest sequence
 * is longer than {@value #SHORT} steps, which a reader takes in at a glance), or whenever they show it in fewer
 * steps than its shortest sequence: another sequence may shrink further (one that tagged a plan as it created it,
 * where the first tagged it in a step of its own; one whose walk met no other sequence's writes), and the shortest
 * stays.
 */
final class Findings {
  /** Sequences shrunk per finding at most (unless a later one shows it in fewer steps). */
  static final int SHRINKS = 4;
  /** Sequences shrunk per finding at most while its shortest sequence is longer than {@value #SHORT} steps. */
  static final int SHRINKS_WHILE_LONG = 16;
  /** Steps a sequence may have and still be short. */
  static final int SHORT = 4;
  private final Map<String, Integer> claimed = new HashMap<>();
  private final Set<String> shrinking = new HashSet<>();
  private final Map<String, Finding> found = new ConcurrentHashMap<>();

  /** Whether the caller should shrink a divergence {@code id} that a sequence showed in {@code steps} steps. */
  synchronized boolean claim(String id, int steps) {
    Finding best = found.get(id);
    int tries = claimed.getOrDefault(id, 0);
    boolean shorter = best != null && steps < best.steps().size();
    int most = best != null && best.steps().size() > SHORT ? SHRINKS_WHILE_LONG : SHRINKS;
    if (shrinking.contains(id) || tries > 0 && best == null || tries >= most && !shorter
        || best != null && best.steps().size() <= 1) {
      return false;
    }
    claimed.put(id, tries + 1);
    shrinking.add(id);
    return true;
  }

  /** Keeps {@code finding} if it is the first or the shortest of its ID, and ends its shrinking. */
  synchronized void add(Finding finding) {
    found.merge(finding.id(), finding, (a, b) -> a.steps().size() <= b.steps().size() ? a : b);
    shrinking.remove(finding.id());
  }

  /** Ends the shrinking of {@code id} (also when it failed). */
  synchronized void release(String id) {
    shrinking.remove(id);
  }

  /** How many distinct findings, counting those still being shrunk. */
  synchronized int count() {
    return claimed.size();
  }

  /** The findings, by ID. */
  List<Finding> all() {
    return found.values().stream().sorted(Comparator.comparing(Finding::id)).toList();
  }

  /** Each finding's ID and how many steps its sequence has. */
  Map<String, Integer> steps() {
    Map<String, Integer> steps = new java.util.TreeMap<>();
    found.values().forEach(f -> steps.put(f.id(), f.steps().size()));
    return steps;
  }
}
