package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/**
 * A union: exactly one member (a given one, or any), or, to break it, none or several. Members not available
 * (a reference the context cannot supply) are left out.
 */
final class UnionGen implements Gen {
  /** How many members a generated union has. */
  enum Mode { ONE, NONE, SEVERAL }

  private final String[] names;
  private final Gen[] gens;
  private final Mode mode;
  private final int forced;

  /** {@code forced} is the index of the member to set, or -1 for any. */
  UnionGen(List<String> names, List<Gen> gens, Mode mode, int forced) {
    this.names = names.toArray(new String[0]);
    this.gens = gens.toArray(new Gen[0]);
    this.mode = mode;
    this.forced = forced;
  }

  String[] names() {
    return names.clone();
  }

  @Override
  public JsonNode next(Run run) {
    return nextWith(run, forced >= 0 || mode != Mode.ONE ? forced : anyAvailable(run));
  }

  /** A member index, uniformly among the members this document can have. */
  private int anyAvailable(Run run) {
    int[] available = new int[gens.length];
    int n = 0;
    for (int i = 0; i < gens.length; i++) {
      if (!(gens[i] instanceof Conditional c) || c.availableIn(run)) {
        available[n++] = i;
      }
    }
    if (n == 0) {
      throw new IllegalStateException("no member of the union can be generated in this document");
    }
    return available[run.source.member(n)];
  }

  /** A union whose member (in mode ONE) is the one at {@code index}. */
  JsonNode nextWith(Run run, int index) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    switch (mode) {
      case ONE -> o.set(names[index], gens[index].next(run));
      case NONE -> { }
      case SEVERAL -> several(run, o);
    }
    return o;
  }

  private void several(Run run, ObjectNode o) {
    int n = names.length;
    int k = run.source.count(2, n);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + run.source.member(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    Arrays.sort(order, 0, k);
    for (int i = 0; i < k; i++) {
      o.set(names[order[i]], gens[order[i]].next(run));
    }
  }
}
