package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A step ready to send: the operation, its input with symbols, and the resources it names, by kind.
 *
 * @param operation the operation
 * @param input the input, with symbols for resources and slots
 * @param named the resources it names (an event's incident and a policy's plan included)
 * @param nameSlot the name slot a CreateResponsePlan takes (so a later plan can reuse it), else null
 */
record Prepared(String operation, ObjectNode input, Map<Kind, Handle> named, String nameSlot) {

  Handle named(Kind kind) {
    return named.get(kind);
  }
}
