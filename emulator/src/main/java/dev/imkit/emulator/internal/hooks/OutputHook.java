package dev.imkit.emulator.internal.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Operation;
import java.util.List;

/** Output shaping: the body of a successful answer, as it leaves. */
@FunctionalInterface
public interface OutputHook {

  /** The answer to send; {@code out} is the emulator's own copy, pruned to the output shape, and may be changed. */
  JsonNode shape(Operation op, JsonNode out);

  /** Whether this hook changes anything (when none does, answers are sent without a copy). */
  default boolean shapes() {
    return true;
  }

  /** Every hook in order. */
  static OutputHook chain(List<OutputHook> hooks) {
    return new OutputHook() {
      @Override
      public JsonNode shape(Operation op, JsonNode out) {
        JsonNode o = out;
        for (OutputHook h : hooks) {
          o = h.shape(op, o);
        }
        return o;
      }

      @Override
      public boolean shapes() {
        return !hooks.isEmpty();
      }
    };
  }
}
