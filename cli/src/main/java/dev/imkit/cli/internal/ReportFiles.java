package dev.imkit.cli.internal;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.BaselineComparison;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ConsoleReport;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.RunFiles;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.RunReports;
import dev.imkit.suites.api.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CLI's side of a run's files: the report folder, checked before the run; the baseline, read before it; and,
 * from the finished results, the files of {@link RunFiles} and the summary printed after the run.
 */
final class ReportFiles {
  private ReportFiles() {
  }

  /** The report folder, checked now so a path that cannot be written is refused before the run. */
  static ReportFolder folder(Path dir) {
    try {
      return ReportFolder.at(dir).checkWritable();
    } catch (UncheckedIOException e) {
      throw new UsageException("cannot write reports in " + dir + ": " + e.getMessage()
          + ": choose another --report-dir");
    }
  }

  /** The run's baseline, read now so a malformed file is refused before the run rather than after it. */
  static Optional<Baseline> baseline(Settings settings) {
    return Optional.ofNullable(settings.values().get(Settings.BASELINE)).map(f -> readBaseline(Path.of(f)));
  }

  static Baseline readBaseline(Path file) {
    if (!Files.isReadable(file)) {
      throw new UsageException("the baseline file " + file + " does not exist or is not readable");
    }
    try {
      return Baseline.read(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UsageException(e.getMessage() + " (a baseline holds one check ID a line; # starts a comment)");
    }
  }

  /**
   * Writes the files of a finished run and prints its summary, the baseline's stale and unknown entries, and the
   * report's path; returns the verdict.
   */
  static Verdict finish(ReportFolder folder, RunInfo run, List<CheckResult> results, Optional<Baseline> baseline,
      PrintWriter out) {
    Coverage coverage = RunReports.coverage(run.revision(), results);
    Verdict verdict = RunFiles.write(folder, run, results, baseline, coverage);
    List<CheckResult> held = baseline.map(b -> b.apply(results)).orElse(results);
    ConsoleReport.print(out, held, verdict, coverage, CheckResult::replayCommand);
    baseline.ifPresent(b -> baselineNotes(out, b, results));
    out.println();
    out.println("report: " + folder.path(RunFiles.HTML));
    return verdict;
  }

  /** The baseline's entries whose checks now pass, and those that name no check of the kit. */
  private static void baselineNotes(PrintWriter out, Baseline baseline, List<CheckResult> results) {
    BaselineComparison c = baseline.compare(results);
    if (!c.fixed().isEmpty()) {
      out.println();
      out.println("baseline: " + c.fixed().size() + " entries now pass (remove them): " + String.join(", ", c.fixed()));
    }
    List<String> unknown = baseline.unknown(knownIds(results));
    if (!unknown.isEmpty()) {
      out.println();
      out.println("baseline: " + unknown.size() + " entries name no check of this kit (a typo, or a removed check):");
      unknown.forEach(u -> out.println("  " + u));
    }
  }

  /** Every check ID the kit has, at the current revision and at the run's. */
  private static List<String> knownIds(List<CheckResult> results) {
    return Stream.concat(Catalogue.current().stream().map(CheckInfo::id), results.stream().map(CheckResult::id))
        .distinct().toList();
  }

  /** A run's {@code run.json}; a file that is not one is a usage error naming it. */
  static RunInfo readRunInfo(Path file) {
    try {
      return RunInfo.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + " is not a run record: " + e.getMessage());
    }
  }

  /** The results of a run ({@code results.jsonl} or its folder); a missing or foreign file is a usage error. */
  static List<CheckResult> readResults(Path input) {
    if (!Files.exists(input)) {
      throw new UsageException("no results at " + input + ": give the results.jsonl of a run (or its directory)");
    }
    try {
      return Results.read(input);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + " (give the results.jsonl an imkit run wrote)");
    }
  }
}
