package dev.imkit.suites.internal.checks.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a document holds a place of a control: a pointer template whose {@code 0} is a list's first item,
 * {@code *} a map's first value and {@code {key}} a map's first key.
 */
final class Places {
  private Places() {
  }

  static boolean present(JsonNode doc, String template) {
    JsonNode node = doc;
    for (String step : template.substring(1).split("/")) {
      if (node == null || !node.isContainerNode() || node.isEmpty()) {
        return false;
      }
      node = switch (step) {
        case "0" -> node.isArray() ? node.get(0) : node.get(step);
        case "*", "{key}" -> node.isObject() ? node.elements().next() : null;
        default -> node.get(step);
      };
    }
    return node != null;
  }
}
