package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A non-empty string that is not one of the enum's values: a value in lower case, a value with a suffix, an
 * invented upper-case word, or free text. Every candidate is checked against the value set.
 */
final class UnknownEnumGen implements Gen {
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_";

  private final List<String> values;
  private final Set<String> known;

  UnknownEnumGen(List<String> values) {
    this.values = List.copyOf(values);
    this.known = Set.copyOf(values);
  }

  @Override
  public JsonNode next(Run run) {
    int start = run.source.pick(4);
    for (int i = 0; i < 4; i++) {
      String s = candidate(run.source, (start + i) % 4);
      if (!s.isEmpty() && !known.contains(s)) {
        return TextNode.valueOf(s);
      }
    }
    String s = "NOT_A_VALUE";
    while (known.contains(s)) {
      s += "_";
    }
    return TextNode.valueOf(s);
  }

  private String candidate(Source source, int strategy) {
    String value = values.get(source.pick(values.size()));
    return switch (strategy) {
      case 0 -> value.toLowerCase(Locale.ROOT);
      case 1 -> value + "_" + Tokens.token(source, UPPER, 1 + source.pick(6));
      case 2 -> Tokens.token(source, UPPER, 1 + source.length(0, 30));
      default -> TextGen.text(source, 1 + source.length(0, 40));
    };
  }
}
