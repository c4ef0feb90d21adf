package dev.imkit.schemas.internal;

import dev.imkit.schemas.api.Shape;
import java.util.Map;

/** Finds the shape of the value at a JSON pointer, starting from a root shape. */
final class Navigator {
  private Navigator() {
  }

  static Shape at(Map<String, Shape> shapes, Shape root, String pointer) {
    Shape shape = root;
    for (String token : Pointers.split(pointer)) {
      shape = switch (shape.kind()) {
        case STRUCTURE, UNION -> {
          var member = shape.members().get(token);
          if (member == null) {
            throw new IllegalArgumentException(pointer + " leaves " + root.name() + " at " + token);
          }
          yield shapes.get(member.target());
        }
        case LIST -> shapes.get(shape.listMember());
        case MAP -> shapes.get(shape.mapValue());
        default -> throw new IllegalArgumentException(pointer + " goes below a scalar of " + root.name());
      };
    }
    return shape;
  }
}
