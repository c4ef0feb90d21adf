package dev.imkit.emulator.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percent-decoding of URI labels and query strings, as RFC 3986 means it ({@code +} stays a plus). */
final class Percent {
  private Percent() {
  }

  /** The decoded text; {@link IllegalArgumentException} on a broken escape. */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    byte[] in = raw.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[in.length];
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '%') {
        if (i + 2 >= in.length) {
          throw new IllegalArgumentException("a % escape is cut short in '" + raw + "'");
        }
        out[n++] = (byte) (hex((char) in[i + 1]) * 16 + hex((char) in[i + 2]));
        i += 2;
      } else {
        out[n++] = in[i];
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  /** The parameters of a raw query string, decoded, in order; repeated keys keep every value. */
  static Map<String, List<String>> query(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static int hex(char c) {
    int d = Character.digit(c, 16);
    if (d < 0) {
      throw new IllegalArgumentException("'" + c + "' is not a hex digit in a % escape");
    }
    return d;
  }
}
