package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Strings matching a pattern with a length in {@code [lo, hi]}. If the run's choices lead nowhere (a replay of
 * shrunk choices can), deterministic forks try again, then a witness found when the generator was built.
 */
final class PatternGen implements Gen {
  private final PatternStrings strings;
  private final int lo;
  private final int hi;
  private final String witness;

  PatternGen(PatternStrings strings, int lo, int hi, String witness) {
    this.strings = strings;
    this.lo = lo;
    this.hi = hi;
    this.witness = witness;
  }

  @Override
  public JsonNode next(Run run) {
    String s = strings.next(run.source, lo, hi);
    for (int i = 0; s == null && i < 4; i++) {
      s = strings.next(run.fork(i).source, lo, hi);
    }
    return TextNode.valueOf(s != null ? s : witness);
  }
}
