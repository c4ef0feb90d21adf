package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Draws values not seen yet. The run's own choices get a few tries; then deterministic forks, because a
 * replay of shrunk choices may keep producing the same value (all zeros give the simplest value every time).
 */
final class Distinct {
  private Distinct() {
  }

  static JsonNode next(Gen gen, Run run, Set<JsonNode> seen, String what) {
    for (int i = 0; i < 4; i++) {
      JsonNode v = gen.next(run);
      if (seen.add(v)) {
        return v;
      }
    }
    for (int i = 0; i < 256; i++) {
      JsonNode v = gen.next(run.fork(i));
      if (seen.add(v)) {
        return v;
      }
    }
    throw new IllegalStateException("cannot generate " + (seen.size() + 1) + " distinct values of " + what);
  }
}
