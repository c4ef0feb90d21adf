package dev.imkit.emulator.internal.hooks;

import dev.imkit.schemas.api.Operation;
import java.util.List;

/** Routing: which operations the emulator serves, and which of their calls it lets through. */
public interface RoutingHook {

  /** Whether the operation is served; one that is not is answered as an unknown operation (404). */
  default boolean serves(Operation op) {
    return true;
  }

  /** Called before a served call runs; throws the error that refuses it, if any. */
  default void admit(Operation op) {
  }

  /** Every hook at once: an operation is served if all serve it, a call runs if all admit it. */
  static RoutingHook chain(List<RoutingHook> hooks) {
    if (hooks.isEmpty()) {
      return new RoutingHook() { };
    }
    return new RoutingHook() {
      @Override
      public boolean serves(Operation op) {
        return hooks.stream().allMatch(h -> h.serves(op));
      }

      @Override
      public void admit(Operation op) {
        hooks.forEach(h -> h.admit(op));
      }
    };
  }
}
