package dev.imkit.suites.internal.revision;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Which shapes a shape leads to through its members, list elements, map keys and map values. */
public final class Reach {
  private Reach() {
  }

  /** Whether {@code target} can be reached from {@code from} (itself included). */
  public static boolean reaches(Contract contract, String from, String target) {
    return reachesAny(contract, from, target::equals);
  }

  /** Whether a shape for which {@code target} holds can be reached from {@code from} (itself included). */
  public static boolean reachesAny(Contract contract, String from, Predicate<String> target) {
    return walk(contract, from, target, new HashSet<>());
  }

  private static boolean walk(Contract contract, String from, Predicate<String> target, Set<String> seen) {
    if (target.test(from)) {
      return true;
    }
    if (!seen.add(from) || !contract.shapes().containsKey(from)) {
      return false;
    }
    Shape shape = contract.shape(from);
    List<String> next = new ArrayList<>();
    shape.members().values().forEach(m -> next.add(m.target()));
    for (String s : new String[] {shape.listMember(), shape.mapKey(), shape.mapValue()}) {
      if (s != null) {
        next.add(s);
      }
    }
    return next.stream().anyMatch(n -> walk(contract, n, target, seen));
  }
}
