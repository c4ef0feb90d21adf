package dev.imkit.cli.internal;

import static dev.imkit.cli.internal.TargetFlags.join;
import static dev.imkit.cli.internal.TargetFlags.put;

import dev.imkit.emulator.api.Fault;
import dev.imkit.suites.api.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The flags of {@code imkit run} and {@code imkit explore} that configure the suites, the target's among them
 * ({@link TargetFlags}). Each maps to one {@link Settings} key; values stay strings here so that {@link Settings}
 * alone decides what is valid, with the same messages as {@code -D} keys.
 */
final class RunFlags {
  @Mixin
  TargetFlags target = new TargetFlags();

  @Option(names = "--revision", paramLabel = "R", description = "the revision the target claims, or auto to detect it (default auto)")
  String revision;

  @Option(names = "--profile", paramLabel = "P", description = "full (default), smoke, readonly or security")
  String profile;

  @Option(names = "--tries", paramLabel = "N", description = "generated examples per property check (default 10)")
  String tries;

  @Option(names = "--parallel", paramLabel = "N",
      description = "checks run at once where they share nothing (the VALIDATION checks; default "
          + Settings.DEFAULT_PARALLEL + ", 1 for one at a time); records keep the checks' order")
  String parallel;

  @Option(names = "--settle", paramLabel = "SECONDS",
      description = "how long after creating a resource a call naming it may still be answered 404 "
          + "ResourceNotFoundException and be sent again, for targets whose reads lag their writes (default 2; 0: never)")
  String settle;

  @Option(names = "--seed", paramLabel = "SEED", description = "the run's seed, to replay a run (default: random, printed)")
  String seed;

  @Option(names = "--baseline", paramLabel = "FILE", description = "known failures (one check ID a line): reported, not failing the run")
  String baseline;

  @Option(names = "--only", paramLabel = "SEL", split = ",",
      description = "run only these: check ID, ID prefix ending in *, category or operation; repeatable or comma-separated")
  List<String> only = List.of();

  @Option(names = "--skip", paramLabel = "SEL", split = ",", description = "skip these (same forms as --only)")
  List<String> skip = List.of();

  @Option(names = "--fault", paramLabel = "F", split = ",",
      description = "a fault (or a composite of faults) of the embedded emulator, to see the suites catch it; repeatable (see imkit emulator --list-faults)")
  List<String> faults = List.of();

  @Option(names = "--emulator-updating-hold", paramLabel = "SECONDS",
      description = "how long the embedded emulator keeps its replication set UPDATING after an update (default 0)")
  String emulatorUpdatingHold;

  @Option(names = "--emulator-revision", paramLabel = "R", description = "the revision the embedded emulator behaves as")
  String emulatorRevision;

  @Option(names = "--report-dir", paramLabel = "DIR",
      description = "where results.jsonl, run.json, report.html, junit/, allure-results/ and journal.jsonl go "
          + "(default imkit-reports); the run replaces only the files imkit wrote there, once it has results")
  String reportDir;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "after the run, write its failing (and unexplained blocked) checks to FILE as a baseline, "
          + "each with its message as the reason")
  String writeBaseline;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "run only the K-th of N deterministic slices (checks by ID, exploration sequences by number); "
          + "imkit report merges the shards' results")
  String shard;

  /** The flags given, keyed by setting; flags not given are absent, so {@code IMKIT_*} variables still apply. */
  Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    target.putInto(p);
    put(p, Settings.REVISION, revision);
    put(p, Settings.PROFILE, profile);
    put(p, Settings.TRIES, tries);
    put(p, Settings.SEED, seed);
    put(p, Settings.PARALLEL, parallel);
    put(p, Settings.SETTLE, settle);
    put(p, Settings.BASELINE, baseline);
    put(p, Settings.ONLY, join(only));
    put(p, Settings.SKIP, join(skip));
    put(p, Settings.EMULATOR_FAULTS, join(faults));
    put(p, Settings.EMULATOR_REVISION, emulatorRevision);
    put(p, Settings.EMULATOR_UPDATING_HOLD, emulatorUpdatingHold);
    put(p, Settings.SHARD, shard);
    put(p, Settings.REPORT_DIR, reportDir == null ? null
        : Path.of(reportDir).toAbsolutePath().normalize().toString());
    return p;
  }

  /** The report folder: {@code --report-dir}, else {@code IMKIT_REPORT_DIR}, else {@code imkit-reports}. */
  Path reportDir(Map<String, String> environment) {
    String dir = reportDir != null && !reportDir.isBlank() ? reportDir
        : environment.getOrDefault(Settings.environmentName(Settings.REPORT_DIR), "imkit-reports");
    return Path.of(dir.isBlank() ? "imkit-reports" : dir.trim()).toAbsolutePath().normalize();
  }

  /**
   * The run's settings: these flags over the {@code IMKIT_*} variables of {@code environment}, checked now so a
   * mistake is one line before anything starts. The seed is settled here, so it can be printed and replayed.
   */
  Settings settings(Map<String, String> environment) {
    Map<String, String> given = parameters();
    given.put(Settings.REPORT_DIR, reportDir(environment).toString());
    // Settings parses the endpoint with URI.create, whose exception is no message for a user: check it first
    Optional.ofNullable(given.getOrDefault(Settings.ENDPOINT, environment.get(Settings.environmentName(Settings.ENDPOINT))))
        .map(String::trim).filter(u -> !u.isEmpty()).ifPresent(RunFlags::checkUrl);
    Settings settings = Settings.from(key -> Optional.ofNullable(given.get(key)), environment);
    settings.emulatorFaults().forEach(RunFlags::checkFault);
    Selectors.checkOnly(settings.only());
    return settings;
  }

  private static void checkUrl(String url) {
    try {
      new URI(url);
    } catch (URISyntaxException e) {
      throw new UsageException("imkit.endpoint '" + url + "' is not a URL (" + e.getReason()
          + "): give one like http://localhost:4566");
    }
  }

  private static void checkFault(String name) {
    try {
      Fault.resolve(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException("imkit.emulator.faults: " + e.getMessage());
    }
  }
}
