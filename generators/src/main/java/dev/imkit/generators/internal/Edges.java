package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Boundary;
import dev.imkit.generators.api.Control;
import dev.imkit.generators.api.Edge;

/** Puts a boundary's edge into a control: the value in its place, or the map's first key renamed. */
public final class Edges {
  private Edges() {
  }

  public static ObjectNode apply(Control control, Boundary boundary, Edge edge) {
    return withValue(control, boundary.place(), edge.value());
  }

  /** The control's input with {@code value} at {@code place} (a pointer template it hosts). */
  public static ObjectNode withValue(Control control, String place, com.fasterxml.jackson.databind.JsonNode value) {
    if (!control.hosts(place)) {
      throw new IllegalArgumentException("the control '" + control.name() + "' of " + control.operation()
          + " does not host " + place);
    }
    ObjectNode doc = control.input();
    Docs.set(doc, Docs.steps(place), value.deepCopy());
    return doc;
  }
}
