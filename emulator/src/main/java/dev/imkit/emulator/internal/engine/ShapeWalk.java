package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.Iterator;
import java.util.Map;

/**
 * Walks a JSON document along the contract's shapes, changing it in place: drops members a structure does
 * not define (and JSON nulls), and lets a visitor replace values by shape. Depth is that of the shapes.
 */
public final class ShapeWalk {
  /** Replaces a value of a shape; returns the value itself to keep it. */
  public interface Visitor {
    JsonNode visit(Shape shape, JsonNode value);
  }

  private final Map<String, Shape> shapes;
  private final Visitor visitor;

  private ShapeWalk(Map<String, Shape> shapes, Visitor visitor) {
    this.shapes = shapes;
    this.visitor = visitor;
  }

  /** Drops, in place, every member that the shapes do not define and every JSON null. */
  public static JsonNode prune(Map<String, Shape> shapes, String shape, JsonNode document) {
    return new ShapeWalk(shapes, null).walk(shape, document);
  }

  /** Prunes as {@link #prune} does and lets {@code visitor} replace values, children first. */
  public static JsonNode transform(Map<String, Shape> shapes, String shape, JsonNode document, Visitor visitor) {
    return new ShapeWalk(shapes, visitor).walk(shape, document);
  }

  private JsonNode walk(String shapeName, JsonNode value) {
    Shape shape = shapes.get(shapeName);
    if (shape == null) {
      return value;
    }
    if ((shape.kind() == ShapeKind.STRUCTURE || shape.kind() == ShapeKind.UNION) && value.isObject()) {
      structure(shape, (ObjectNode) value);
    } else if (shape.kind() == ShapeKind.LIST && value.isArray()) {
      ArrayNode array = (ArrayNode) value;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, walk(shape.listMember(), array.get(i)));
      }
    } else if (shape.kind() == ShapeKind.MAP && value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNull()) {
          it.remove();
        } else {
          e.setValue(walk(shape.mapValue(), e.getValue()));
        }
      }
    }
    return visitor == null ? value : visitor.visit(shape, value);
  }

  private void structure(Shape shape, ObjectNode object) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Member m = shape.members().get(e.getKey());
      if (m == null || e.getValue().isNull()) {
        it.remove();
      } else {
        e.setValue(walk(m.target(), e.getValue()));
      }
    }
  }
}
