package dev.imkit.cli.internal;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code imkit baseline}: prints a run's failures as a baseline file, each with its message as the reason. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Print a baseline from a run's results: every failing check (new or known) and every blocked",
        "check no failure accounts for, one ID a line, its message after # as the reason. With the baseline,",
        "imkit run --baseline FILE then fails only on new failures."},
    footerHeading = "%nExamples:%n",
    footer = {"  imkit baseline imkit-reports/results.jsonl > known-failures.txt",
        "  imkit run --baseline known-failures.txt"})
final class BaselineCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(index = "0", paramLabel = "RESULTS", description = "a results.jsonl file, or the directory holding it")
  Path results;

  BaselineCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    List<CheckResult> read = ReportFiles.readResults(results);
    console.out().print(Baseline.text(read));
    console.out().flush();
    return ExitCode.PASS;
  }
}
