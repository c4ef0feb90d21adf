package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import java.util.Iterator;
import java.util.Map;

/**
 * Removes members whose value is JSON null, which AWS clients read as absent, following the schema (so
 * the walk is never deeper than the contract). Returns the same node when there is nothing to remove.
 */
final class NullStripper {
  private NullStripper() {
  }

  static JsonNode strip(Map<String, Shape> shapes, Shape shape, JsonNode value) {
    return switch (shape.kind()) {
      case STRUCTURE, UNION -> value.isObject() ? structure(shapes, shape, (ObjectNode) value) : value;
      case LIST -> value.isArray() ? list(shapes, shapes.get(shape.listMember()), (ArrayNode) value) : value;
      case MAP -> value.isObject() ? map(shapes, shapes.get(shape.mapValue()), (ObjectNode) value) : value;
      default -> value;
    };
  }

  private static JsonNode structure(Map<String, Shape> shapes, Shape shape, ObjectNode value) {
    ObjectNode copy = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Member m = shape.members().get(e.getKey());
      if (m == null) {
        continue;
      }
      JsonNode next = e.getValue().isNull() ? null : strip(shapes, shapes.get(m.target()), e.getValue());
      if (next != e.getValue()) {
        copy = copy != null ? copy : value.deepCopy();
        if (next == null) {
          copy.remove(e.getKey());
        } else {
          copy.set(e.getKey(), next);
        }
      }
    }
    return copy != null ? copy : value;
  }

  private static JsonNode list(Map<String, Shape> shapes, Shape item, ArrayNode value) {
    ArrayNode copy = null;
    for (int i = 0; i < value.size(); i++) {
      JsonNode next = strip(shapes, item, value.get(i));
      if (next != value.get(i)) {
        copy = copy != null ? copy : value.deepCopy();
        copy.set(i, next);
      }
    }
    return copy != null ? copy : value;
  }

  private static JsonNode map(Map<String, Shape> shapes, Shape item, ObjectNode value) {
    ObjectNode copy = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode next = strip(shapes, item, e.getValue());
      if (next != e.getValue()) {
        copy = copy != null ? copy : value.deepCopy();
        copy.set(e.getKey(), next);
      }
    }
    return copy != null ? copy : value;
  }
}
