package dev.imkit.cli.internal;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.ResultsListener;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import dev.imkit.suites.api.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code imkit run}: runs the suites against a target and writes the reports; the exit code gates CI. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Run the conformance checks against a target (the embedded emulator unless --endpoint is given).",
        "Every flag has an IMKIT_* environment variable (--only: IMKIT_ONLY) and a -Dimkit.* key in builds."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  imkit run                        # every check against the embedded emulator",
        "  imkit run --profile smoke --endpoint http://localhost:4566 \\",
        "            --access-key-id test --secret-access-key test",
        "  imkit run --only PROTOCOL,VAL-ENUM-* --skip GetTimelineEvent",
        "  imkit run --only PROTO-SUCCESS-GetResponsePlan --seed 42   # replay a check",
        "  imkit run --only PROTOCOL --fault success-200-everywhere   # a defect, caught",
        "  imkit run --baseline known-failures.txt --report-dir build/imkit",
        "  imkit run --endpoint URL --write-baseline known-failures.txt   # accept today's failures",
        "",
        "Exit codes: 0 pass (or only known failures), 1 new failures or checks blocked by an",
        "            unknown cause, 2 usage or configuration error, 3 target unreachable."})
final class RunCommand implements Callable<Integer> {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Mixin
  RunFlags flags = new RunFlags();

  RunCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Settings settings = flags.settings(console.environment());
    ReportFolder folder = ReportFiles.folder(flags.reportDir(console.environment()));
    Optional<Baseline> baseline = ReportFiles.baseline(settings);
    Optional<Path> writeBaseline = Optional.ofNullable(flags.writeBaseline).map(RunCommand::checkedBaselineTarget);
    Instant start = Instant.now();
    console.err().println("imkit: target " + describeTarget(settings) + ", seed " + settings.seed());
    SetupProblems setup = new SetupProblems();
    ResultsListener results = ResultsListener.writingTo(folder).withSecrets(secrets(settings))
        .withCommandLine(commandLine());
    try (ProgressLine progress = new ProgressLine(console.err(), console.terminal(),
        SuiteLauncher.expectedChecksLater(settings))) {
      SuiteLauncher.run(settings, SuiteLauncher.CHECKS, List.of(setup, progress, results));
    }
    Map<Failures.Problem, Throwable> problems = setup.problems();
    problems.forEach((p, cause) -> {
      console.err().println("imkit run: " + p.message());
      if (Debug.requested(spec.commandLine())) {
        Debug.print(console.err(), cause);
      }
    });
    int setupCode = problems.keySet().stream().mapToInt(Failures.Problem::exitCode).max().orElse(ExitCode.PASS);
    if (!results.wroteResults()) {
      // a run that could not start has said why in one line; nothing was written, the folder is as it was
      if (problems.isEmpty()) {
        console.err().println("imkit run: no check ran" + (results.problem().isEmpty() ? ""
            : " (" + results.problem() + ")") + ", so nothing was written: the files in " + folder + " are as they were");
      }
      return Math.max(setupCode, ExitCode.NEW_FAILURES);
    }
    List<CheckResult> all = results.results();
    RunInfo run = results.run().orElseGet(() -> fallback(settings, start, commandLine()))
        .ended(true, Duration.between(start, Instant.now()).toMillis(),
            all.stream().mapToLong(CheckResult::requests).sum());
    Verdict verdict = ReportFiles.finish(folder, run, all, baseline, console.out());
    writeBaseline.ifPresent(file -> writeBaseline(file, baseline.map(b -> b.apply(all)).orElse(all)));
    if (setupCode >= ExitCode.USAGE) {
      return setupCode;
    }
    return verdict.passes() && setupCode == ExitCode.PASS ? ExitCode.PASS : ExitCode.NEW_FAILURES;
  }

  static List<String> secrets(Settings settings) {
    return Stream.of(settings.secretAccessKey(), settings.sessionToken()).flatMap(Optional::stream).toList();
  }

  /** Where {@code --write-baseline} goes, checked before the run: its folder must exist and be writable. */
  private static Path checkedBaselineTarget(String file) {
    Path path = Path.of(file).toAbsolutePath().normalize();
    Path parent = path.getParent();
    if (Files.isDirectory(path) || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      throw new UsageException("--write-baseline " + file + ": cannot write a file there (its folder must exist "
          + "and be writable)");
    }
    return path;
  }

  private void writeBaseline(Path file, List<CheckResult> held) {
    String text = Baseline.text(held);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the baseline " + file + ": " + e.getMessage(), e);
    }
    // counted by the one baseline reader, so the count is what --baseline will read back
    console.out().println("baseline: " + Baseline.read(file).checkIds().size() + " checks written to " + file);
  }

  /** The run's record when no check class published one (it cannot happen once a check ended, but is cheap). */
  static RunInfo fallback(Settings settings, Instant start, String commandLine) {
    return new RunInfo(describeTarget(settings), "", settings.revision().equals("auto"),
        settings.profile().name().toLowerCase(Locale.ROOT), Long.toString(settings.seed()), Version.current(),
        start, 0, 0, commandLine, false, settings.region(), null);
  }

  /** The target as the terminal names it: its endpoint, or the embedded emulator with its revision and faults. */
  static String describeTarget(Settings settings) {
    return settings.endpoint().map(URI::toString)
        .orElse("the embedded emulator (revision " + settings.emulatorRevision()
            + (settings.emulatorFaults().isEmpty() ? "" : ", faults " + String.join(",", settings.emulatorFaults()))
            + ")");
  }

  /** The command as typed, with the secret left out, for the report's re-run line. */
  private String commandLine() {
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    List<String> shown = new ArrayList<>(List.of("imkit"));
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--secret-access-key") && i + 1 < args.size()) {
        shown.add(a);
        shown.add("****");
        i++;
      } else {
        shown.add(a.startsWith("--secret-access-key=") ? "--secret-access-key=****" : a);
      }
    }
    return String.join(" ", shown);
  }
}
