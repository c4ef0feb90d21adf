package dev.imkit.emulator.faults;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.EmulatorBuilder;
import dev.imkit.emulator.support.Raw;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/** A client-side observation that tells a faulty emulator from a correct one. */
interface FaultScenario {

  /** What a scenario can use: the emulator, an SDK client (no retries) and a raw HTTP client. */
  record Env(Emulator emulator, SsmIncidentsClient client, Raw raw) {
  }

  /** Whether the deviation shows. */
  boolean deviates(Env env);

  /** Extra configuration both runs need (default: none). */
  default EmulatorBuilder configure(EmulatorBuilder builder) {
    return builder;
  }

  /** A scenario with extra configuration. */
  static FaultScenario with(java.util.function.UnaryOperator<EmulatorBuilder> config, FaultScenario scenario) {
    return new FaultScenario() {
      @Override
      public boolean deviates(Env env) {
        return scenario.deviates(env);
      }

      @Override
      public EmulatorBuilder configure(EmulatorBuilder builder) {
        return config.apply(builder);
      }
    };
  }
}
