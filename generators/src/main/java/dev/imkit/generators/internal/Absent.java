package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.generators.api.ReferenceKind;

/**
 * Stands for a member that must not be generated: a reference a strict context cannot supply
 * ({@code missing} set), or a member the documentation tells clients not to send ({@code missing} null).
 * Structures leave it out, unions choose another member; where it is required, the builder reports it.
 */
record Absent(ReferenceKind missing) implements Gen {
  @Override
  public JsonNode next(Run run) {
    throw new IllegalStateException("an absent member was generated");
  }
}
