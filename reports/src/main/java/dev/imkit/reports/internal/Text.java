package dev.imkit.reports.internal;

/** Text as every report format can hold it. */
public final class Text {
  private Text() {
  }

  /**
   * {@code text} with every unpaired surrogate replaced by U+FFFD: half a character, which a message cut inside a
   * surrogate pair leaves and which no UTF-8 file can hold (writing it fails, or silently changes it).
   */
  public static String wellFormed(String text) {
    if (text == null) {
      return "";
    }
    if (!hasSurrogate(text)) {
      return text;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)) : !Character.isLowSurrogate(c)
          || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (!paired && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(paired ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The first {@code max} chars of {@code text}, one fewer when the cut would fall inside a surrogate pair: every
   * report cuts long text, and half an emoji is a character no UTF-8 file can hold.
   */
  public static String head(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /** {@code text} cut to at most {@code max} chars where a character ends, with an ellipsis when cut. */
  public static String cut(String text, int max) {
    return text.length() <= max ? text : head(text, max) + "…";
  }

  /** Whether any char is half of a pair: scanning a copy of the chars is cheaper than charAt on every one. */
  private static boolean hasSurrogate(String text) {
    for (char c : text.toCharArray()) {
      if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
