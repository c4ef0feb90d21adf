package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Control;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.Label;
import dev.imkit.schemas.api.Shape;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Puts one generated break into a control: the broken value, the missing member, the list or map made too short
 * or too long from the control's own items, the broken key beside the control's entries. Everything else stays
 * the control's, so the request differs from an accepted one by exactly the rule it breaks.
 */
final class Grafter {
  private Grafter() {
  }

  static InvalidInput graft(Control control, Site site, Shape brokenShape, InvalidInput generated) {
    ObjectNode doc = control.input();
    List<String> steps = site.path();
    Label label = generated.label();
    JsonNode broken = generated.document().at(label.pointer());
    String pointer;
    switch (site.kind()) {
      case MISSING_REQUIRED -> {
        pointer = Docs.concrete(doc, steps.subList(0, steps.size() - 1)) + "/" + Pointer.escape(last(steps));
        Docs.remove(doc, steps);
      }
      case UNION_EMPTY -> {
        Docs.set(doc, steps, doc.objectNode());
        pointer = Docs.concrete(doc, steps);
      }
      case UNION_MULTIPLE -> {
        ObjectNode union = (ObjectNode) Docs.at(doc, steps);
        Iterator<String> names = broken.fieldNames();
        while (names.hasNext() && union.size() < 2) {
          String name = names.next();
          if (!union.has(name)) {
            union.set(name, broken.get(name).deepCopy());
          }
        }
        pointer = Docs.concrete(doc, steps);
      }
      case TOO_FEW_ITEMS -> {
        ArrayNode list = (ArrayNode) Docs.at(doc, steps);
        while (list.size() > broken.size()) {
          list.remove(list.size() - 1);
        }
        pointer = Docs.concrete(doc, steps);
      }
      case TOO_MANY_ITEMS -> {
        ArrayNode list = (ArrayNode) Docs.at(doc, steps);
        fill(list, broken, brokenShape.uniqueItems());
        pointer = Docs.concrete(doc, steps);
      }
      case DUPLICATE_ITEMS -> {
        ArrayNode list = (ArrayNode) Docs.at(doc, steps);
        JsonNode copy = list.get(0).deepCopy();
        if (brokenShape.max().isPresent() && list.size() >= brokenShape.max().getAsLong()) {
          list.set(list.size() - 1, copy);
        } else {
          list.add(copy);
        }
        pointer = Docs.concrete(doc, steps);
      }
      case TOO_FEW_ENTRIES -> {
        ObjectNode map = (ObjectNode) Docs.at(doc, steps);
        while (map.size() > broken.size()) {
          map.remove(Docs.firstKey(map));
        }
        pointer = Docs.concrete(doc, steps);
      }
      case TOO_MANY_ENTRIES -> {
        ObjectNode map = (ObjectNode) Docs.at(doc, steps);
        JsonNode value = map.get(Docs.firstKey(map));
        Iterator<String> keys = broken.fieldNames();
        while (map.size() < broken.size() && keys.hasNext()) {
          String key = keys.next();
          if (!map.has(key)) {
            map.set(key, value.deepCopy());
          }
        }
        pointer = Docs.concrete(doc, steps);
      }
      case KEY_TOO_SHORT, KEY_TOO_LONG, KEY_PATTERN_MISMATCH -> {
        ObjectNode map = (ObjectNode) Docs.at(doc, steps);
        String first = Docs.firstKey(map);
        JsonNode value = map.get(first).deepCopy();
        if (brokenShape.max().isPresent() && map.size() >= brokenShape.max().getAsLong()) {
          map.remove(first);
        }
        map.set(label.mapKey(), value);
        pointer = Docs.concrete(doc, steps);
      }
      default -> {
        Docs.set(doc, steps, broken.deepCopy());
        pointer = Docs.concrete(doc, steps);
      }
    }
    Label grafted = new Label(label.kind(), pointer, label.rule(), label.constraint(), label.mapKey(), label.site());
    return new InvalidInput(generated.operation(), generated.revision(), doc, grafted);
  }

  /** Adds items until the list is as long as {@code broken}: copies of its first, or distinct generated ones. */
  private static void fill(ArrayNode list, JsonNode broken, boolean unique) {
    Set<JsonNode> seen = new HashSet<>();
    list.forEach(seen::add);
    for (JsonNode item : broken) {
      if (list.size() >= broken.size()) {
        return;
      }
      JsonNode next = unique ? item : list.get(0);
      if (!unique || seen.add(next)) {
        list.add(next.deepCopy());
      }
    }
  }

  private static String last(List<String> steps) {
    return steps.get(steps.size() - 1);
  }
}
