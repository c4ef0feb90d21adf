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
    if (!control.hosts(boundary.place())) {
      throw new IllegalArgumentException("the control '" + control.name() + "' of " + control.operation()
          + " does not host " + boundary.place());
    }
    ObjectNode doc = control.input();
    Docs.set(doc, Docs.steps(boundary.place()), edge.value().deepCopy());
    return doc;
  }
}
