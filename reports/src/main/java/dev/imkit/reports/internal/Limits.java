package dev.imkit.reports.internal;

/**
 * Caps the text a record carries: a target answering with megabytes on every check would otherwise make
 * {@code results.jsonl} and the report unusable, while the first 64 KiB always show what went wrong.
 */
public final class Limits {
  public static final int MAX_TEXT = 64 * 1024;

  private Limits() {
  }

  public static String cap(String text) {
    if (text == null || text.length() <= MAX_TEXT) {
      return text;
    }
    return Text.head(text, MAX_TEXT) + "\n… (truncated by imkit: " + (text.length() - MAX_TEXT)
        + " more characters)";
  }
}
