package dev.imkit.suites.internal.checks.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small edits of a valid string, to find one that an earlier, looser pattern allowed and a later one does not
 * (generated values of the earlier pattern are often valid under both).
 */
final class Variants {
  private Variants() {
  }

  static List<String> of(String valid) {
    List<String> out = new ArrayList<>();
    int slash = valid.lastIndexOf('/');
    if (slash >= 0) {
      out.add(valid.substring(0, slash + 1) + valid.substring(slash + 1).toUpperCase(Locale.ROOT));
      out.add(valid.substring(0, slash) + ":" + valid.substring(slash + 1));
    }
    String[] parts = valid.split(":", -1);
    if (parts.length > 4) {
      out.add(with(parts, 1, "imkit"));
      out.add(with(parts, 4, "1"));
      out.add(with(parts, 3, "Imkit_Region"));
    }
    out.add(valid + ":imkit");
    out.add(valid + ".imkit");
    return out;
  }

  private static String with(String[] parts, int index, String value) {
    String[] copy = parts.clone();
    copy[index] = value;
    return String.join(":", copy);
  }
}
