package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.STABLE;

import dev.imkit.reports.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What was run, against what, for the report's header.
 *
 * @param target the endpoint tested, or a name for the embedded emulator
 * @param revision the revision the target was tested as
 * @param revisionDetected whether the revision was detected from the target (else it was given)
 * @param profile {@code full}, {@code smoke} or {@code readonly}
 * @param seed the run's seed
 * @param kitVersion the imkit version
 * @param start when the run started
 * @param durationMillis how long it ran
 * @param requests how many requests it sent
 * @param commandLine the command that started it, secrets left out
 * @param finished whether the run ended normally: {@code imkit run} writes {@code run.json} unfinished when it
 *     starts and again, finished, when it ends, so a run that was killed leaves a record that says so
 */
@API(status = STABLE)
public record RunInfo(String target, String revision, boolean revisionDetected, String profile, String seed,
    String kitVersion, Instant start, long durationMillis, long requests, String commandLine, boolean finished) {

  /** Null text becomes empty. */
  public RunInfo {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(start, "start");
    revision = revision == null ? "" : revision;
    profile = profile == null ? "" : profile;
    seed = seed == null ? "" : seed;
    kitVersion = kitVersion == null ? "" : kitVersion;
    commandLine = commandLine == null ? "" : commandLine;
  }

  /** How long the run took. */
  public Duration duration() {
    return Duration.ofMillis(durationMillis);
  }

  /** Requests sent per second of the run (0 for a run that took no time). */
  public double requestsPerSecond() {
    return durationMillis <= 0 ? 0 : requests * 1000.0 / durationMillis;
  }

  /** This record as JSON, e.g. for {@code run.json} beside {@code results.jsonl}. */
  public String toJson() {
    return Json.write(this);
  }

  /**
   * Reads a record written by {@link #toJson()}.
   *
   * @throws IllegalArgumentException if the text is not a run record
   */
  public static RunInfo fromJson(String json) {
    return Json.read(json, RunInfo.class);
  }
}
