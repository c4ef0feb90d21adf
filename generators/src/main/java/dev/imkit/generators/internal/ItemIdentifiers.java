package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes every related item's type fit its value, as {@link ItemIdentifierGen} does, in a document built along a
 * forced path (where the pairing hook does not run): a control must be valid by the documentation too.
 */
final class ItemIdentifiers {
  private ItemIdentifiers() {
  }

  static void fit(JsonNode doc, Shape shape, Contract contract) {
    if (doc == null || shape == null) {
      return;
    }
    switch (shape.kind()) {
      case STRUCTURE, UNION -> {
        if (!doc.isObject()) {
          return;
        }
        if (shape.name().equals("ItemIdentifier")) {
          fitOne((ObjectNode) doc, contract);
        }
        for (Member m : shape.members().values()) {
          fit(doc.get(m.name()), contract.shape(m.target()), contract);
        }
      }
      case LIST -> doc.forEach(item -> fit(item, contract.shape(shape.listMember()), contract));
      case MAP -> doc.forEach(value -> fit(value, contract.shape(shape.mapValue()), contract));
      default -> { }
    }
  }

  private static void fitOne(ObjectNode identifier, Contract contract) {
    JsonNode value = identifier.get("value");
    String member = value == null ? null : Docs.firstKey(value);
    if (member == null || !contract.shapes().containsKey("ItemType")) {
      return;
    }
    List<String> fitting = new ArrayList<>(ItemIdentifierGen.TYPES_BY_VALUE.getOrDefault(member, List.of()));
    fitting.retainAll(contract.shape("ItemType").enumValues());
    String type = identifier.path("type").asText();
    if (!fitting.isEmpty() && !fitting.contains(type)) {
      identifier.put("type", fitting.get(0));
    }
  }
}
