package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Shape;
import java.util.HashMap;
import java.util.Map;

/** The compiled check of one shape: validates a (non-null) value at the walk's position. */
interface Check {
  void check(JsonNode value, Walk walk);

  /** Compiles a check for every shape; checks refer to each other by the targets of members. */
  static Map<String, Check> compile(Map<String, Shape> shapes) {
    Map<String, Check> checks = new HashMap<>();
    Linker linker = name -> {
      Check c = checks.get(name);
      if (c == null) {
        throw new IllegalStateException("no shape " + name);
      }
      return c;
    };
    shapes.forEach((name, shape) -> checks.put(name, switch (shape.kind()) {
      case STRUCTURE, UNION -> new StructureCheck(shape, shapes, linker);
      case LIST -> new ListCheck(shape, linker);
      case MAP -> new MapCheck(shape, linker);
      case STRING, ENUM -> new StringCheck(shape);
      case INTEGER -> new IntegerCheck(shape);
      case BOOLEAN -> new TypeCheck(shape, JsonNode::isBoolean);
      case TIMESTAMP -> new TypeCheck(shape, JsonNode::isNumber);
    }));
    checks.values().forEach(c -> {
      if (c instanceof Linked l) {
        l.link();
      }
    });
    return checks;
  }

  /** Looks a compiled check up by shape name, once all are compiled. */
  interface Linker {
    Check get(String shape);
  }

  /** A check that refers to others and resolves them after compilation. */
  interface Linked {
    void link();
  }
}
