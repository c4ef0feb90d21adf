package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON text helpers. */
final class JsonText {
  private JsonText() {
  }

  /** {@code text} as a JSON string literal. */
  static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
