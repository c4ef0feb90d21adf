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
    return source.isTypical() ? typical(codePoints) : Alphabet.TEXT.string(source, codePoints);
  }

  /** Plain words of {@code codePoints} characters, as people write titles and summaries. */
  static String typical(int codePoints) {
    String words = "imkit sample text for a conformance check ";
    StringBuilder s = new StringBuilder(codePoints);
    while (s.length() < codePoints) {
      s.append(words, 0, Math.min(words.length(), codePoints - s.length()));
    }
    return s.toString();
  }
}
