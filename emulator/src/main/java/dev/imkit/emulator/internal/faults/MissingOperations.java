package dev.imkit.emulator.internal.faults;

import dev.imkit.emulator.internal.hooks.RoutingHook;
import dev.imkit.schemas.api.Operation;
import java.util.Set;

/**
 * Operations an implementation lacks: they are not routed, so they are answered as any unknown request is
 * (404 UnknownOperationException, a JSON message).
 */
record MissingOperations(Set<String> names) implements RoutingHook {

  MissingOperations {
    names = Set.copyOf(names);
  }

  @Override
  public boolean serves(Operation op) {
    return !names.contains(op.name());
  }
}
