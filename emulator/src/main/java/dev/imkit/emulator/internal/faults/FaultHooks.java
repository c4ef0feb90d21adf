package dev.imkit.emulator.internal.faults;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.hooks.Hooks;
import dev.imkit.schemas.api.Contract;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every fault as the deviation it attaches to one hook: the one place that knows the faults. A deviation is
 * made per emulator (some keep state, some read the contract at its revision).
 */
public final class FaultHooks {
  private static final Map<Fault, Function<Contract, ?>> DEVIATIONS = deviations();

  private FaultHooks() {
  }

  /** The hooks of an emulator with these faults and these operations left out. */
  public static Hooks hooks(Set<Fault> faults, Set<String> missingOperations, Contract contract) {
    List<Object> deviations = new ArrayList<>();
    if (!missingOperations.isEmpty()) {
      deviations.add(new MissingOperations(missingOperations));
    }
    for (Fault f : Fault.values()) {
      if (faults.contains(f)) {
        deviations.add(deviation(f, contract));
      }
    }
    return new Hooks(deviations);
  }

  /** The deviation a fault attaches, made for a contract. */
  static Object deviation(Fault fault, Contract contract) {
    Function<Contract, ?> make = DEVIATIONS.get(fault);
    if (make == null) {
      throw new IllegalStateException("the fault " + fault.id() + " is attached to no hook");
    }
    return make.apply(contract);
  }

  private static Map<Fault, Function<Contract, ?>> deviations() {
    Map<Fault, Function<Contract, ?>> all = new EnumMap<>(Fault.class);
    all.putAll(WireFaults.all());
    all.putAll(ErrorFaults.all());
    all.putAll(InputFaults.all());
    all.putAll(OutputFaults.all());
    all.putAll(PagingFaults.all());
    all.putAll(StoreFaults.all());
    return all;
  }
}
