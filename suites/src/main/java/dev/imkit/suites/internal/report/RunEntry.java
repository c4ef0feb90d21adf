package dev.imkit.suites.internal.report;

import dev.imkit.reports.api.RunInfo;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.api.Target;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The run's record ({@link RunInfo}) as the suites know it once the target is open: what was tested, as what
 * revision, in which region, with which seed; published as a report entry ({@link RunInfo#ENTRY_KEY}) for the
 * listeners that write the reports, in {@code imkit run} and in any build.
 */
public final class RunEntry {
  private RunEntry() {
  }

  public static void publish(ExtensionContext context, Target target) {
    context.publishReportEntry(Map.of(RunInfo.ENTRY_KEY, of(target).toJson()));
  }

  static RunInfo of(Target target) {
    Settings s = target.settings();
    RunInfo.EmbeddedEmulator emulator = target.embedded()
        ? new RunInfo.EmbeddedEmulator(s.emulatorRevision(), s.emulatorFaults()) : null;
    return new RunInfo(describe(s), target.revision().name(), s.revision().equals("auto"),
        s.profile().name().toLowerCase(Locale.ROOT), Long.toString(s.seed()), RunInfo.currentKitVersion(),
        Instant.now(), 0, 0, "", false, s.region(), emulator);
  }

  /** The target as the reports name it: its endpoint, or the embedded emulator with its revision and faults. */
  public static String describe(Settings settings) {
    return settings.endpoint().map(URI::toString)
        .orElse("the embedded emulator (revision " + settings.emulatorRevision()
            + (settings.emulatorFaults().isEmpty() ? "" : ", faults " + String.join(",", settings.emulatorFaults()))
            + ")");
  }
}
