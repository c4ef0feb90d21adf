package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a step's symbolic input into what one side is sent (each symbol replaced by that side's identifier or the
 * slot's value), and an answer into symbols (each identifier that side gave replaced by its symbol), so that
 * the two sides' answers compare without their server-chosen identifiers.
 */
final class Wire {
  private static final Pattern SYMBOL = Pattern.compile("⟨[^⟩]{1,40}⟩");

  private Wire() {
  }

  /** The input {@code side} is sent. */
  static ObjectNode concrete(ObjectNode symbolic, Model model, Side side) {
    return (ObjectNode) map(symbolic, text -> {
      if (text.indexOf('⟨') < 0) {
        return text;
      }
      Matcher m = SYMBOL.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String value = model.valueOf(m.group(), side);
        m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
      }
      m.appendTail(out);
      return out.toString();
    });
  }

  /** The answer with every identifier {@code side} gave replaced by its symbol (null stays null). */
  static JsonNode symbolic(JsonNode answer, Model model, Side side) {
    if (answer == null) {
      return null;
    }
    List<Map.Entry<String, Handle>> ids = model.ids(side);
    if (ids.isEmpty()) {
      return answer;
    }
    return map(answer, text -> {
      String out = text;
      for (Map.Entry<String, Handle> id : ids) {
        if (out.contains(id.getKey())) {
          out = out.replace(id.getKey(), id.getValue().symbol());
        }
      }
      return out;
    });
  }

  /** Whether a text holds a symbol. */
  static boolean hasSymbol(String text) {
    return text.indexOf('⟨') >= 0 && SYMBOL.matcher(text).find();
  }

  /**
   * {@code node} with every text value passed through {@code f}: a copy where something changed, the very nodes
   * where nothing did (answers are mostly left as they are, and copying them was most of the cost).
   */
  static JsonNode map(JsonNode node, UnaryOperator<String> f) {
    if (node.isTextual()) {
      String before = node.textValue();
      String after = f.apply(before);
      return after.equals(before) ? node : TextNode.valueOf(after);
    }
    if (node.isObject()) {
      ObjectNode copy = null;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode mapped = map(e.getValue(), f);
        if (mapped != e.getValue() && copy == null) {
          copy = ((ObjectNode) node).deepCopy();
        }
        if (copy != null) {
          copy.set(e.getKey(), mapped);
        }
      }
      return copy == null ? node : copy;
    }
    if (node.isArray()) {
      ArrayNode copy = null;
      for (int i = 0; i < node.size(); i++) {
        JsonNode mapped = map(node.get(i), f);
        if (mapped != node.get(i) && copy == null) {
          copy = ((ArrayNode) node).deepCopy();
        }
        if (copy != null) {
          copy.set(i, mapped);
        }
      }
      return copy == null ? node : copy;
    }
    return node;
  }
}
