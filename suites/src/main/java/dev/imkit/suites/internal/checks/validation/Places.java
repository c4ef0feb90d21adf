package dev.imkit.suites.internal.checks.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;

/**
 * Whether a document holds a place of a control: a pointer template whose {@code 0} is a list's first item,
 * {@code *} a map's first value and {@code {key}} a map's first key.
 */
final class Places {
  private Places() {
  }

  static boolean present(JsonNode doc, String template) {
    return value(doc, template).isPresent();
  }

  /** The value at the place ({@code {key}}: the first key, as text), if the document holds it. */
  static Optional<JsonNode> value(JsonNode doc, String template) {
    JsonNode node = doc;
    for (String step : template.substring(1).split("/")) {
      if (node == null || !node.isContainerNode() || node.isEmpty()) {
        return Optional.empty();
      }
      node = switch (step) {
        case "0" -> node.isArray() ? node.get(0) : node.get(step);
        case "*" -> node.isObject() ? node.elements().next() : null;
        case "{key}" -> node.isObject() ? TextNode.valueOf(node.fieldNames().next()) : null;
        default -> node.get(step);
      };
    }
    return Optional.ofNullable(node);
  }

  /**
   * Whether {@code value} is the same valid extreme as {@code edge}: a string of as many characters, a list or map
   * of as many entries, else an equal value (an enum value, a number at the end of a range).
   */
  static boolean sameExtreme(JsonNode value, JsonNode edge) {
    if (value.isTextual() && edge.isTextual()) {
      String a = value.textValue();
      String b = edge.textValue();
      return a.codePointCount(0, a.length()) == b.codePointCount(0, b.length());
    }
    if (value.isContainerNode() && edge.isContainerNode() && value.getNodeType() == edge.getNodeType()) {
      return value.size() == edge.size();
    }
    return value.equals(edge);
  }
}
