package dev.imkit.cli.internal;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.HtmlReport;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.RunFiles;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import dev.imkit.suites.api.RunReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imkit report}: renders a run's reports again from its results, e.g. against another baseline. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Render report.html (and run.json, allure-results/, junit/) again from a run's results.jsonl and",
        "the run.json beside it, if any. A run killed before it finished (or without a run.json) is reported as",
        "INCOMPLETE, never as a pass. The exit code is the verdict's, as imkit run's."},
    footerHeading = "%nExamples:%n",
    footer = {"  imkit report imkit-reports/results.jsonl",
        "  imkit report imkit-reports --baseline known-failures.txt --out triage.html",
        "  imkit report shard-1 shard-2 shard-3 --out merged/report.html   # the shards of one run, merged",
        "",
        "Exit codes: 0 pass (or only known failures), 1 the run did not pass,",
        "            2 usage error (not a results file, a malformed baseline, shards of different runs)."})
final class ReportCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(arity = "1..*", paramLabel = "RESULTS",
      description = "a results.jsonl file, or the directory holding it; several (the --shard jobs of one run) are merged")
  List<Path> inputs;

  Path results;

  @Option(names = "--out", paramLabel = "FILE",
      description = "write only the HTML report, to FILE (default: every report beside the results); with several"
          + " shards, every report of the merged run in FILE's folder (default: imkit-reports-merged)")
  Path out;

  @Option(names = "--baseline", paramLabel = "FILE", description = "known failures (one check ID a line) to compare with")
  Path baseline;

  ReportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (inputs.size() > 1) {
      Path dir = out == null ? Path.of("imkit-reports-merged") : out.toAbsolutePath().getParent();
      Verdict verdict = ShardMerge.report(inputs, dir, Optional.ofNullable(baseline).map(ReportFiles::readBaseline),
          console.out());
      return verdict.passes() ? ExitCode.PASS : ExitCode.NEW_FAILURES;
    }
    results = inputs.get(0);
    List<CheckResult> read = ReportFiles.readResults(results);
    Path dir = (Files.isDirectory(results) ? results : results.toAbsolutePath().getParent()).toAbsolutePath();
    RunInfo info = runInfo(dir.resolve(RunFiles.RUN_JSON), read);
    Optional<Baseline> known = Optional.ofNullable(baseline).map(ReportFiles::readBaseline);
    if (out != null) {
      Coverage coverage = RunReports.coverage(info.revision(), read);
      HtmlReport.write(info, read, known, coverage, out.toAbsolutePath());
      console.out().println("report: " + out.toAbsolutePath().normalize());
      List<CheckResult> held = known.map(b -> b.apply(read)).orElse(read);
      return RunFiles.verdict(info, held, known).passes() ? ExitCode.PASS : ExitCode.NEW_FAILURES;
    }
    ReportFolder folder = ReportFiles.folder(dir);
    Verdict verdict = ReportFiles.finish(folder, info, read, known, console.out());
    return verdict.passes() ? ExitCode.PASS : ExitCode.NEW_FAILURES;
  }

  /**
   * The run's record when the run wrote one; otherwise what the results themselves tell. A run without a
   * finished record (killed, interrupted, or never run by {@code imkit run}) is shown as incomplete.
   */
  private static RunInfo runInfo(Path file, List<CheckResult> results) {
    long requests = results.stream().mapToLong(CheckResult::requests).sum();
    if (Files.isReadable(file)) {
      RunInfo info = ReportFiles.readRunInfo(file);
      return info.finished() ? info : info.ended(false, 0, requests);
    }
    String revision = results.stream().map(CheckResult::revision).filter(r -> !r.isEmpty()).findFirst().orElse("");
    String seed = results.stream().map(CheckResult::seed).filter(s -> !s.isEmpty()).findFirst().orElse("");
    return new RunInfo("unknown (no " + RunFiles.RUN_JSON + " beside the results)", revision, false, "", seed,
        Version.current(), Instant.EPOCH, 0, requests, "", false);
  }
}
