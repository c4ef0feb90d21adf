package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * A map with {@code [lo, hi]} entries and distinct keys. On the way to a broken site, the first entry is the
 * one that matters: its key comes from {@code firstKey} (a broken key) or its value from {@code firstValue};
 * the key is written into the run's trace, since the site's pointer or map key depends on it.
 */
final class MapGen implements Gen {
  private final Gen key;
  private final Gen value;
  private final Gen firstKey;
  private final Gen firstValue;
  private final int lo;
  private final int hi;
  private final String what;

  MapGen(Gen key, Gen value, Gen firstKey, Gen firstValue, int lo, int hi, String what) {
    this.key = key;
    this.value = value;
    this.firstKey = firstKey;
    this.firstValue = firstValue;
    this.lo = lo;
    this.hi = hi;
    this.what = what;
  }

  private boolean hosting() {
    return firstValue != null;
  }

  @Override
  public JsonNode next(Run run) {
    int top = run.affordable(lo, hi);
    int n = hosting() ? run.source.hostCount(lo, top) : run.source.count(lo, top);
    run.spend(n);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Set<JsonNode> keys = new HashSet<>();
    for (int i = 0; i < n; i++) {
      boolean first = i == 0;
      String k = Distinct.next(first && firstKey != null ? firstKey : key, run, keys, "keys of " + what).textValue();
      if (first && firstKey != null) {
        run.trace.brokenKey = k;
      } else if (first && firstValue != null) {
        run.trace.keysOnPath.add(k);
      }
      o.set(k, (first && firstValue != null ? firstValue : value).next(run));
    }
    return o;
  }
}
