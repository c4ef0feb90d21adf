package dev.imkit.generators.internal;

import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every place of a shape's values, by pointer template ({@code 0} for list items, {@code *} for map values,
 * {@code {key}} for map keys).
 */
final class Templates {
  private static final int MAX_DEPTH = 32;

  private Templates() {
  }

  static List<Place> of(Map<String, Shape> shapes, Shape root) {
    List<Place> out = new ArrayList<>();
    walk(shapes, new Place(root, "", null, null), out, 0);
    return out;
  }

  private static void walk(Map<String, Shape> shapes, Place p, List<Place> out, int depth) {
    Shape s = p.shape();
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("shape " + s.name() + " nests deeper than " + MAX_DEPTH);
    }
    out.add(p);
    switch (s.kind()) {
      case STRUCTURE, UNION -> {
        for (Member m : s.members().values()) {
          walk(shapes, new Place(shapes.get(m.target()), p.pointer() + "/" + Pointer.escape(m.name()), s, m.name()),
              out, depth + 1);
        }
      }
      case LIST -> walk(shapes, new Place(shapes.get(s.listMember()), p.pointer() + "/0", null, null), out, depth + 1);
      case MAP -> {
        out.add(new Place(shapes.get(s.mapKey()), p.pointer() + "/{key}", null, null));
        walk(shapes, new Place(shapes.get(s.mapValue()), p.pointer() + "/*", null, null), out, depth + 1);
      }
      default -> { }
    }
  }
}
