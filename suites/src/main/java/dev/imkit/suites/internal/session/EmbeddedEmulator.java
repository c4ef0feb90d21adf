package dev.imkit.suites.internal.session;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.EmulatorBuilder;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultComposite;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Profile;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.http.HttpAnswer;
import dev.imkit.suites.internal.http.Transport;
import java.nio.charset.StandardCharsets;

/**
 * Starts the reference emulator as the run's target: port 0; signatures verified with the embedded keys in the
 * security profile or when other keys are given, else checked for their form only.
 */
final class EmbeddedEmulator {
  private EmbeddedEmulator() {
  }

  static Emulator start(Settings settings) {
    EmulatorBuilder builder = Emulator.builder().revision(settings.emulatorRevision());
    if (settings.profile() == Profile.SECURITY || settings.accessKeyId().isPresent()) {
      // signatures are recomputed and compared only when they are what is checked (or other keys were given,
      // which must then be refused): it doubles the signing work of every request
      builder = builder.verifySignatures(Settings.EMBEDDED_ACCESS_KEY_ID, Settings.EMBEDDED_SECRET_ACCESS_KEY);
    }
    for (String name : settings.emulatorFaults()) {
      builder = withFault(builder, name);
    }
    return builder.updatingHold(settings.emulatorUpdatingHold()).start();
  }

  /** Sends to {@code emulator} in this process, with no socket: its answers are those it gives over HTTP. */
  static Transport inProcess(Emulator emulator) {
    return call -> {
      Emulator.Response r = emulator.serve(new Emulator.Request(call.method(), call.uri(), call.headers(),
          call.body()));
      return new HttpAnswer(r.status(), r.headers(), new String(r.body(), StandardCharsets.UTF_8));
    };
  }

  /** The builder with a fault, or with every fault of a composite. */
  private static EmulatorBuilder withFault(EmulatorBuilder builder, String name) {
    try {
      return builder.fault(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("imkit.emulator.faults: unknown fault '" + name + "'; the faults are "
          + String.join(", ", Fault.ids()) + "; the composites are " + String.join(", ", FaultComposite.ids()));
    }
  }
}
