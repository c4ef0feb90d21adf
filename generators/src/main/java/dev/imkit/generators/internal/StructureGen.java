package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A structure: required and forced members always, optional ones half the time, omitted ones never. */
final class StructureGen implements Gen {
  /** How a member takes part in a generated structure. */
  enum Presence { ALWAYS, OPTIONAL, NEVER }

  /** One member: its JSON name, its generator and its presence. */
  record Slot(String name, Gen gen, Presence presence) {
  }

  private final Slot[] slots;

  StructureGen(List<Slot> slots) {
    this.slots = slots.toArray(new Slot[0]);
  }

  @Override
  public JsonNode next(Run run) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (Slot slot : slots) {
      boolean present = switch (slot.presence()) {
        case ALWAYS -> true;
        case OPTIONAL -> run.source.chance(50);
        case NEVER -> false;
      };
      if (present && (!(slot.gen() instanceof Conditional c) || c.availableIn(run))) {
        o.set(slot.name(), slot.gen().next(run));
      }
    }
    return o;
  }
}
