package dev.imkit.emulator.faults;

import dev.imkit.emulator.api.Fault;
import java.util.EnumMap;
import java.util.Map;

/** The scenario of every fault. */
final class FaultScenarios {
  static final Map<Fault, FaultScenario> ALL = all();

  private FaultScenarios() {
  }

  private static Map<Fault, FaultScenario> all() {
    Map<Fault, FaultScenario> all = new EnumMap<>(Fault.class);
    all.putAll(WireScenarios.all());
    all.putAll(InputScenarios.all());
    all.putAll(StateScenarios.all());
    all.putAll(ErrorScenarios.all());
    all.putAll(ListScenarios.all());
    all.putAll(SequenceScenarios.all());
    return all;
  }
}
