package dev.imkit.cli.internal;

import dev.imkit.suites.api.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.platform.launcher.TestExecutionListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        "",
        "Exit codes: 0 pass (or only known failures), 1 new failures,",
        "            2 usage or configuration error, 3 target unreachable."})
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
    ReportFiles reports = ReportFiles.in(Path.of(flags.reportDir).toAbsolutePath().normalize(), settings);
    Tally tally = new Tally();
    Instant start = Instant.now();
    console.err().println("imkit: target " + describeTarget(settings) + ", seed " + settings.seed());
    reports.started(start, describeTarget(settings), commandLine());
    try (ProgressLine progress = new ProgressLine(console.err(), console.terminal(),
        SuiteLauncher.expectedChecks(settings))) {
      List<TestExecutionListener> listeners = new ArrayList<>(List.of(tally, progress));
      listeners.addAll(reports.listeners(console.err()));
      SuiteLauncher.run(settings, listeners);
    }
    Map<Failures.Problem, Throwable> problems = problems(tally);
    problems.forEach((p, cause) -> {
      console.err().println("imkit run: " + p.message());
      if (Debug.requested(spec.commandLine())) {
        Debug.print(console.err(), cause);
      }
    });
    int setupCode = problems.keySet().stream().mapToInt(Failures.Problem::exitCode).max().orElse(ExitCode.PASS);
    if (setupCode >= ExitCode.USAGE) {
      return setupCode;
    }
    Path html = reports.write(start, describeTarget(settings), tally.revision(), commandLine());
    Summary.print(console.out(), tally);
    console.out().println("report: " + html);
    return tally.total(Tally.Status.FAIL) > 0 || setupCode != ExitCode.PASS ? ExitCode.NEW_FAILURES : ExitCode.PASS;
  }

  /**
   * Why check classes could not run, one problem per distinct message (every class reports the same one), each
   * with the first exception that told it.
   */
  private static Map<Failures.Problem, Throwable> problems(Tally tally) {
    Map<Failures.Problem, Throwable> problems = new LinkedHashMap<>();
    tally.containerFailures().forEach(t -> problems.putIfAbsent(Failures.classify(t), t));
    return problems;
  }

  /** The target as the report names it: its endpoint, or the embedded emulator with its revision and faults. */
  static String describeTarget(Settings settings) {
    return settings.endpoint().map(URI::toString)
        .orElse("the embedded emulator (revision " + settings.emulatorRevision()
            + (settings.emulatorFaults().isEmpty() ? "" : ", faults " + String.join(",", settings.emulatorFaults()))
            + ")");
  }

  /** The command as typed, with the secret left out, for the report's re-run line. */
  private String commandLine() {
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    // the arguments as typed, the command name included
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
