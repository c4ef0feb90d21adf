package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Free text (no pattern) with a length in code points in {@code [lo, hi]}, from {@link Alphabet#TEXT}. */
final class TextGen implements Gen {
  private final int lo;
  private final int hi;

  TextGen(int lo, int hi) {
    this.lo = lo;
    this.hi = hi;
  }

  @Override
  public JsonNode next(Run run) {
    return TextNode.valueOf(text(run.source, run.source.length(lo, hi)));
  }

  static String text(Source source, int codePoints) {
    return Alphabet.TEXT.string(source, codePoints);
  }
}
