package dev.imkit.reports.internal.curl;

import dev.imkit.reports.internal.Text;

/** Quoting for bash: text in single quotes, and text inside double quotes. */
final class Shell {
  private Shell() {
  }

  /** {@code text} as one single-quoted word. */
  static String single(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** {@code text} escaped for the inside of a double-quoted word. */
  static String insideDouble(String text) {
    StringBuilder s = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '$' || c == '`' || c == '\\') {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }

  /** One line, as a comment shows it. */
  static String comment(String text, int max) {
    String one = text.replaceAll("\\s+", " ").strip();
    return Text.cut(one, max);
  }
}
