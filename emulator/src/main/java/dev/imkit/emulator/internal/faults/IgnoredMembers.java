package dev.imkit.emulator.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.hooks.InputHook;
import dev.imkit.schemas.api.Operation;
import java.util.List;

/**
 * Members of an operation's input that an implementation accepts and then ignores: the handler is given the
 * input without them. Each is a JSON pointer, e.g. {@code /relatedItemsUpdate/itemToRemove}.
 */
record IgnoredMembers(String operation, List<String> pointers) implements InputHook {

  IgnoredMembers(String operation, String... pointers) {
    this(operation, List.of(pointers));
  }

  @Override
  public ObjectNode honoured(Operation op, ObjectNode input) {
    if (!op.name().equals(operation)) {
      return input;
    }
    ObjectNode copy = input.deepCopy();
    for (String pointer : pointers) {
      int cut = pointer.lastIndexOf('/');
      JsonNode parent = cut == 0 ? copy : copy.at(pointer.substring(0, cut));
      if (parent instanceof ObjectNode o) {
        o.remove(pointer.substring(cut + 1));
      }
    }
    return copy;
  }
}
