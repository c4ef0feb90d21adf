package dev.imkit.emulator.internal.engine;

import dev.imkit.emulator.api.Fault;
import java.util.EnumSet;
import java.util.Set;

/** The faults an emulator runs with. Immutable. */
public final class Faults {
  private final Set<Fault> active;

  public Faults(Set<Fault> faults) {
    this.active = faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults);
  }

  /** Whether the fault is on. */
  public boolean has(Fault fault) {
    return active.contains(fault);
  }

  /** Whether any fault is on. */
  public boolean any() {
    return !active.isEmpty();
  }

  /** The faults, as a copy. */
  public Set<Fault> all() {
    return active.isEmpty() ? Set.of() : EnumSet.copyOf(active);
  }
}
