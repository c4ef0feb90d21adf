package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON text helpers. */
final class JsonText {
  private JsonText() {
  }

  /** {@code text} cut to at most {@code max} characters (never inside a surrogate pair), with an ellipsis. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…";
  }

  /** {@code text} with every unpaired surrogate (half a character, as a cut elsewhere may leave) replaced. */
  static String wellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)) : !Character.isLowSurrogate(c)
          || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (!paired && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(paired ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code text} as a JSON string literal. */
  static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
