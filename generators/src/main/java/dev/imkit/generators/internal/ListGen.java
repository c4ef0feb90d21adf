package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashSet;
import java.util.Set;

/**
 * A list with a size in {@code [lo, hi]}. Items are distinct when the list must hold unique items (and always
 * when {@code duplicate} is set, which then repeats one of them once, to break uniqueness). {@code first},
 * if set, makes item 0 (the way to a broken site inside the items).
 */
final class ListGen implements Gen {
  private final Gen item;
  private final Gen first;
  private final int lo;
  private final int hi;
  private final boolean distinct;
  private final boolean duplicate;
  private final String what;

  ListGen(Gen item, Gen first, int lo, int hi, boolean distinct, boolean duplicate, String what) {
    this.item = item;
    this.first = first;
    this.lo = lo;
    this.hi = hi;
    this.distinct = distinct || duplicate;
    this.duplicate = duplicate;
    this.what = what;
  }

  private boolean hosting() {
    return first != null;
  }

  @Override
  public JsonNode next(Run run) {
    int top = duplicate ? hi : run.affordable(lo, hi);
    int n = hosting() ? run.source.hostCount(lo, top) : run.source.count(lo, top);
    run.spend(n);
    ArrayNode a = JsonNodeFactory.instance.arrayNode(n);
    int fresh = duplicate ? n - 1 : n;
    Set<JsonNode> seen = distinct ? new HashSet<>() : null;
    for (int i = 0; i < fresh; i++) {
      Gen g = i == 0 && first != null ? first : item;
      a.add(seen == null ? g.next(run) : Distinct.next(g, run, seen, what));
    }
    if (duplicate) {
      JsonNode copy = a.get(run.source.pick(fresh)).deepCopy();
      a.insert(run.source.pick(fresh + 1), copy);
    }
    return a;
  }
}
