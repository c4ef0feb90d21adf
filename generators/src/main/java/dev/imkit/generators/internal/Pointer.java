package dev.imkit.generators.internal;

import java.util.List;

/** JSON pointers (RFC 6901) as the schemas validator writes them. */
final class Pointer {
  private Pointer() {
  }

  static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The template with each {@code *} segment replaced, in order, by one of {@code keys} (escaped). */
  static String fill(String template, List<String> keys) {
    if (keys.isEmpty()) {
      return template;
    }
    StringBuilder sb = new StringBuilder();
    int k = 0;
    for (String segment : template.substring(1).split("/", -1)) {
      sb.append('/').append(segment.equals("*") && k < keys.size() ? escape(keys.get(k++)) : segment);
    }
    return sb.toString();
  }
}
