package dev.imkit.suites.internal.target;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.EmulatorBuilder;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Settings;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Starts the reference emulator as the run's target: port 0, signatures verified with the embedded keys. */
final class EmbeddedEmulator {
  private EmbeddedEmulator() {
  }

  static Emulator start(Settings settings) {
    EmulatorBuilder builder = Emulator.builder().revision(settings.emulatorRevision())
        .verifySignatures(Settings.EMBEDDED_ACCESS_KEY_ID, Settings.EMBEDDED_SECRET_ACCESS_KEY);
    for (String name : settings.emulatorFaults()) {
      builder = builder.fault(fault(name));
    }
    return builder.start();
  }

  private static Fault fault(String name) {
    try {
      return Fault.named(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("imkit.emulator.faults: unknown fault '" + name + "'; the faults are "
          + Arrays.stream(Fault.values()).map(Fault::id).collect(Collectors.joining(", ")));
    }
  }
}
