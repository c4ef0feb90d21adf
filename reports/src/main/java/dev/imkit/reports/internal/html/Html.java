package dev.imkit.reports.internal.html;

import dev.imkit.reports.internal.Json;
import java.util.Locale;

/** Builds HTML text; every piece of data goes through {@link #esc}, because messages carry user data. */
final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** Escapes text for element content and quoted attribute values alike. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
      }
    }
    return s.toString();
  }

  static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  /** Raw markup written by this module (never data). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Data, escaped. */
  Html text(String data) {
    out.append(esc(data));
    return this;
  }

  /**
   * Data as JSON, for a {@code <script type="application/json">} block: {@code <}, {@code >} and {@code &} are
   * written as JSON escapes, so no text can close the block or open markup.
   */
  Html json(Object data) {
    String json = Json.write(data);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        default -> out.append(c);
      }
    }
    return this;
  }

  /** {@code <tag class="cls">data</tag>}, the data escaped. */
  Html element(String tag, String cls, String data) {
    out.append('<').append(tag);
    if (cls != null && !cls.isEmpty()) {
      out.append(" class=\"").append(cls).append('"');
    }
    return raw(">").text(data).raw("</" + tag + ">");
  }

  /** A name="value" attribute with a leading space, the value escaped. */
  Html attr(String name, String value) {
    out.append(' ').append(name).append("=\"").append(esc(value)).append('"');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
