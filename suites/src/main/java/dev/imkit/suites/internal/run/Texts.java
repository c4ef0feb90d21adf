package dev.imkit.suites.internal.run;

/** Text shortened for a message: one rule for every check, never cutting a character in half. */
public final class Texts {
  private Texts() {
  }

  /** {@code text} cut to at most {@code max} characters (never inside a surrogate pair), with an ellipsis. */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…";
  }

  /** {@code text} on one line (runs of white space as one space), cut to at most {@code max} characters. */
  public static String oneLine(String text, int max) {
    return cut(text.replaceAll("\\s+", " "), max);
  }
}
