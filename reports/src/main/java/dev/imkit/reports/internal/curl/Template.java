package dev.imkit.reports.internal.curl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Text sent by a call, cut where it holds a captured value, so the script sends the value of its own run. */
final class Template {
  /** A literal piece, or a captured value (percent-encoded in a URI when it was sent so). */
  private record Part(String literal, Capture capture, boolean encoded) {
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private final List<Part> parts;

  private Template(List<Part> parts) {
    this.parts = parts;
  }

  /** {@code text} with each captured value in it (as sent, or percent-encoded when {@code uri}) cut out. */
  static Template of(String text, List<Capture> captures, boolean uri) {
    List<Part> parts = new ArrayList<>();
    // each value's encoded form once, not at every position of the text (a long body made this quadratic)
    List<String> encoded = uri ? captures.stream().map(c -> encode(c.value())).toList() : List.of();
    int at = 0;
    StringBuilder literal = new StringBuilder();
    while (at < text.length()) {
      Part found = null;
      for (int i = 0; i < captures.size(); i++) {
        Capture c = captures.get(i);
        if (text.startsWith(c.value(), at)) {
          found = new Part(c.value(), c, false);
        } else if (uri && text.startsWith(encoded.get(i), at)) {
          found = new Part(encoded.get(i), c, true);
        }
        if (found != null) {
          break;
        }
      }
      if (found == null) {
        literal.append(text.charAt(at++));
      } else {
        parts.add(new Part(literal.toString(), null, false));
        literal.setLength(0);
        parts.add(found);
        at += found.literal().length();
      }
    }
    parts.add(new Part(literal.toString(), null, false));
    return new Template(parts);
  }

  /** Whether the text holds a captured value. */
  boolean captures() {
    return parts.stream().anyMatch(p -> p.capture() != null);
  }

  /** Whether a captured value is sent percent-encoded (then the script needs its {@code urlencode}). */
  boolean encodes() {
    return parts.stream().anyMatch(Part::encoded);
  }

  /** As one shell word made of single-quoted text and double-quoted variables. */
  String singleQuoted() {
    StringBuilder s = new StringBuilder();
    for (Part p : parts) {
      if (p.capture() != null) {
        s.append('"').append(variable(p)).append('"');
      } else if (!p.literal().isEmpty()) {
        s.append(Shell.single(p.literal()));
      }
    }
    return s.length() == 0 ? "''" : s.toString();
  }

  /** As the inside of a double-quoted shell word. */
  String insideDouble() {
    StringBuilder s = new StringBuilder();
    parts.forEach(p -> s.append(p.capture() == null ? Shell.insideDouble(p.literal()) : variable(p)));
    return s.toString();
  }

  private static String variable(Part p) {
    String name = "$" + p.capture().variable();
    return p.encoded() ? "$(urlencode \"" + name + "\")" : name;
  }

  /** Percent-encoding of everything but the unreserved characters, as URI labels and queries carry values. */
  static String encode(String value) {
    StringBuilder s = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        s.append(c);
      } else {
        s.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return s.toString();
  }
}
