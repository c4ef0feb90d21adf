package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.Json;
import dev.imkit.reports.internal.KitVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What was run, against what: the report's header, the first section of {@code run.json}, and what a reproducer
 * needs to rebuild the target (the region signed for, the embedded emulator's revision and faults).
 *
 * @param target the endpoint tested, or a name for the embedded emulator
 * @param revision the revision the target was tested as
 * @param revisionDetected whether the revision was detected from the target (else it was given)
 * @param profile {@code full}, {@code smoke}, {@code readonly} or {@code security}
 * @param seed the run's seed
 * @param kitVersion the imkit version
 * @param start when the run started
 * @param durationMillis how long it ran
 * @param requests how many requests it sent
 * @param commandLine the command that started it, secrets left out
 * @param finished whether the run ended normally: a run writes {@code run.json} unfinished when its first check
 *     ends and again, finished, when it ends, so a run that was killed leaves a record that says so
 * @param region the region requests were signed for ({@code ""} when unknown)
 * @param emulator the embedded emulator the run started, or {@code null} when the target was an endpoint
 */
@API(status = EXPERIMENTAL)
public record RunInfo(String target, String revision, boolean revisionDetected, String profile, String seed,
    String kitVersion, Instant start, long durationMillis, long requests, String commandLine, boolean finished,
    String region, EmbeddedEmulator emulator) {

  /** The key of the report entry the suites publish once per check class: the run's record as JSON. */
  public static final String ENTRY_KEY = "imkit.run";

  /**
   * The embedded emulator a run started: enough to start the same one again ({@code imkit emulator}).
   *
   * @param revision the revision it behaved as
   * @param faults the faults it was started with
   */
  @API(status = EXPERIMENTAL)
  public record EmbeddedEmulator(String revision, List<String> faults) {

    /** Copies the faults. */
    public EmbeddedEmulator {
      revision = revision == null ? "" : revision;
      faults = faults == null ? List.of() : List.copyOf(faults);
    }
  }

  /** Null text becomes empty. */
  public RunInfo {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(start, "start");
    revision = revision == null ? "" : revision;
    profile = profile == null ? "" : profile;
    seed = seed == null ? "" : seed;
    kitVersion = kitVersion == null ? "" : kitVersion;
    commandLine = commandLine == null ? "" : commandLine;
    region = region == null ? "" : region;
  }

  /** A record without region or emulator (as written by kits before they were recorded). */
  public RunInfo(String target, String revision, boolean revisionDetected, String profile, String seed,
      String kitVersion, Instant start, long durationMillis, long requests, String commandLine, boolean finished) {
    this(target, revision, revisionDetected, profile, seed, kitVersion, start, durationMillis, requests, commandLine,
        finished, "", null);
  }

  /** The version of this kit, e.g. {@code 0.1.0-SNAPSHOT} ({@code unknown} outside a built jar). */
  public static String currentKitVersion() {
    return KitVersion.CURRENT;
  }

  /** How long the run took. */
  public Duration duration() {
    return Duration.ofMillis(durationMillis);
  }

  /** Requests sent per second of the run (0 for a run that took no time). */
  public double requestsPerSecond() {
    return durationMillis <= 0 ? 0 : requests * 1000.0 / durationMillis;
  }

  /** A copy that ended now: finished or not, after {@code millis}, having sent {@code requestsSent}. */
  public RunInfo ended(boolean normally, long millis, long requestsSent) {
    return new RunInfo(target, revision, revisionDetected, profile, seed, kitVersion, start, millis, requestsSent,
        commandLine, normally, region, emulator);
  }

  /** A copy with another command line (the one a person typed, secrets left out). */
  public RunInfo withCommandLine(String command) {
    return new RunInfo(target, revision, revisionDetected, profile, seed, kitVersion, start, durationMillis,
        requests, command, finished, region, emulator);
  }

  /** A copy that started at {@code instant}. */
  public RunInfo withStart(Instant instant) {
    return new RunInfo(target, revision, revisionDetected, profile, seed, kitVersion, instant, durationMillis,
        requests, commandLine, finished, region, emulator);
  }

  /** This record as JSON, e.g. for {@code run.json} beside {@code results.jsonl}. */
  public String toJson() {
    return Json.write(this);
  }

  /**
   * Reads a record written by {@link #toJson()} (other sections of {@code run.json} are ignored).
   *
   * @throws IllegalArgumentException if the text is not a run record
   */
  public static RunInfo fromJson(String json) {
    RunInfo info = Json.read(json, RunInfo.class);
    if (info == null) {
      throw new IllegalArgumentException("not a RunInfo in JSON: empty");
    }
    return info;
  }
}
