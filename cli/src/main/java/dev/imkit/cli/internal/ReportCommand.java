package dev.imkit.cli.internal;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.RunInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imkit report}: renders the HTML report again from a run's results, e.g. against another baseline. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Render report.html again from a run's results.jsonl (and the run.json beside it, if any).",
        "A run killed before it finished (or without a run.json) is reported as INCOMPLETE, never as a pass."},
    footerHeading = "%nExamples:%n",
    footer = {"  imkit report imkit-reports/results.jsonl",
        "  imkit report imkit-reports/results.jsonl --baseline known-failures.txt --out triage.html",
        "  imkit report shard-1 shard-2 shard-3 --out merged/report.html   # the shards of one run, merged"})
final class ReportCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(arity = "1..*", paramLabel = "RESULTS",
      description = "a results.jsonl file, or the directory holding it; several (the --shard jobs of one run) are merged")
  List<Path> inputs;

  Path results;

  @Option(names = "--out", paramLabel = "FILE", description = "the HTML file to write (default: report.html beside the results)")
  Path out;

  @Option(names = "--baseline", paramLabel = "FILE", description = "known failures (one check ID a line) to compare with")
  Path baseline;

  ReportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (inputs.size() > 1) {
      Path merged = ShardMerge.report(inputs, out == null ? Path.of("imkit-reports-merged", ReportFiles.HTML) : out,
          Optional.ofNullable(baseline).map(ReportFiles::readBaseline));
      console.out().println("report: " + merged.toAbsolutePath().normalize());
      return ExitCode.PASS;
    }
    results = inputs.get(0);
    if (!Files.exists(results)) {
      throw new UsageException("no results at " + results + ": give the results.jsonl of a run (or its directory)");
    }
    Path dir = Files.isDirectory(results) ? results : results.toAbsolutePath().getParent();
    List<CheckResult> read = readResults();
    RunInfo info = runInfo(dir.resolve(ReportFiles.RUN_INFO), read);
    Optional<Baseline> known = Optional.ofNullable(baseline).map(ReportFiles::readBaseline);
    Path html = out == null ? dir.resolve(ReportFiles.HTML) : out;
    ReportFiles.render(info, read, known, html.toAbsolutePath(), dir.resolve(ReportFiles.ALLURE));
    console.out().println("report: " + html.toAbsolutePath().normalize());
    return ExitCode.PASS;
  }

  private List<CheckResult> readResults() {
    try {
      return Results.read(results);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The run's record when the run wrote one; otherwise what the results themselves tell. A run without a
   * finished record (killed, interrupted, or never run by {@code imkit run}) is shown as incomplete.
   */
  private static RunInfo runInfo(Path file, List<CheckResult> results) {
    long requests = results.stream().mapToLong(CheckResult::requests).sum();
    if (Files.isReadable(file)) {
      RunInfo info = readRunInfo(file);
      return info.finished() ? info : new RunInfo(info.target(), info.revision(), info.revisionDetected(),
          info.profile(), info.seed(), info.kitVersion(), info.start(), 0, requests, info.commandLine(), false);
    }
    String revision = results.stream().map(CheckResult::revision).filter(r -> !r.isEmpty()).findFirst().orElse("");
    String seed = results.stream().map(CheckResult::seed).filter(s -> !s.isEmpty()).findFirst().orElse("");
    return new RunInfo("unknown (no " + ReportFiles.RUN_INFO + " beside the results)", revision, false, "", seed,
        Version.current(), Instant.EPOCH, 0, requests, "", false);
  }

  private static RunInfo readRunInfo(Path file) {
    try {
      return RunInfo.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + " is not a run record: " + e.getMessage());
    }
  }
}
