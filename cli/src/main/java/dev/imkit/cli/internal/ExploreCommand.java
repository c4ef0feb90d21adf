package dev.imkit.cli.internal;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.ResultsListener;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import dev.imkit.suites.api.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code imkit explore}: differential exploration of a target against the reference emulator, with the reports
 * of a run (one record per finding) and its exit codes.
 */
@Command(name = "explore", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Explore a target with random sequences of calls, sent in lock step to the reference emulator at",
        "the target's revision; report where the target answers otherwise on what the contract fixes, each",
        "finding shrunk to a shortest sequence. Without --duration, --requests or --sequences it runs "
            + "1000 sequences.",
        "The target flags are imkit run's; live targets get its account guard, journal, clean-up, rate limit "
            + "and budget."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  imkit explore                                   # the embedded emulator, 1000 sequences",
        "  imkit explore --fault delete-leaves-in-lists    # a defect only a sequence shows, found and shrunk",
        "  imkit explore --endpoint http://localhost:4566 --access-key-id test --secret-access-key test \\",
        "                --duration 10m",
        "  imkit explore --seed 42 --replay 117            # run sequence 117 of a run again, and shrink it",
        "  imkit explore --shard 2/4 --sequences 20000     # one job of a CI matrix; imkit report merges them",
        "",
        "Exit codes: 0 no new MUST finding, 1 new MUST findings,",
        "            2 usage or configuration error, 3 target unreachable."})
final class ExploreCommand implements Callable<Integer> {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Mixin
  RunFlags flags = new RunFlags();

  @Option(names = "--duration", paramLabel = "TIME", description = "explore at most this long, e.g. 90s, 10m, 1h")
  String duration;

  @Option(names = "--requests", paramLabel = "N", description = "send the target at most N requests")
  String requests;

  @Option(names = "--sequences", paramLabel = "N",
      description = "run at most N sequences (default 1000 when neither --duration nor --requests is given)")
  String sequences;

  @Option(names = "--replay", paramLabel = "SEQUENCE",
      description = "run only this sequence (with the run's --seed) and shrink what it finds, as a finding's "
          + "replay does")
  String replay;

  ExploreCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Map<String, String> budget = new LinkedHashMap<>();
    budget.put(Settings.EXPLORE_DURATION, duration);
    budget.put(Settings.EXPLORE_REQUESTS, requests);
    budget.put(Settings.EXPLORE_SEQUENCES, sequences);
    budget.put(Settings.EXPLORE_REPLAY, replay);
    Settings settings = flags.settings(console.environment()).with(budget);
    ReportFolder folder = ReportFiles.folder(flags.reportDir(console.environment()));
    Optional<Baseline> baseline = ReportFiles.baseline(settings);
    Instant start = Instant.now();
    console.err().println("imkit: exploring " + RunCommand.describeTarget(settings) + ", seed " + settings.seed()
        + (settings.shard().isAll() ? "" : ", shard " + settings.shard()));
    SetupProblems setup = new SetupProblems();
    ResultsListener results = ResultsListener.writingTo(folder).withSecrets(RunCommand.secrets(settings))
        .withCommandLine(commandLine());
    List<CheckResult> found;
    try (ExploreListener progress = new ExploreListener(console.err(), console.terminal())) {
      SuiteLauncher.run(settings, SuiteLauncher.EXPLORE, List.of(setup, progress, results));
      found = progress.records();
    }
    Map<Failures.Problem, Throwable> problems = setup.problems();
    for (Map.Entry<Failures.Problem, Throwable> p : problems.entrySet()) {
      console.err().println("imkit explore: " + p.getKey().message());
      if (Debug.requested(spec.commandLine())) {
        Debug.print(console.err(), p.getValue());
      }
    }
    int setupCode = problems.keySet().stream().mapToInt(Failures.Problem::exitCode).max().orElse(ExitCode.PASS);
    if (setupCode != ExitCode.PASS || !results.wroteResults()) {
      return Math.max(setupCode, ExitCode.NEW_FAILURES);
    }
    List<CheckResult> all = Results.read(folder.dir());
    RunInfo run = results.run().orElseGet(() -> RunCommand.fallback(settings, start, commandLine()))
        .ended(true, Duration.between(start, Instant.now()).toMillis(),
            all.stream().mapToLong(CheckResult::requests).sum());
    print(found);
    Verdict verdict = ReportFiles.finish(folder, run, all, baseline, console.out());
    return verdict.passes() ? ExitCode.PASS : ExitCode.NEW_FAILURES;
  }

  /** The exploration's summary; the findings are listed with their replays by the run's summary after it. */
  private void print(List<CheckResult> records) {
    records.stream().filter(r -> r.status() == CheckStatus.PASS && !r.notes().isEmpty())
        .forEach(r -> console.out().println(r.notes().get(0)));
    long findings = records.stream().filter(r -> r.status() != CheckStatus.PASS).count();
    console.out().println(findings == 0 ? "no findings: the target answered as the reference on everything compared"
        : findings + " finding" + (findings == 1 ? "" : "s") + " (each a check record below, with its replay)");
  }

  /** The command as typed, with the secret left out, for the report's re-run line. */
  private String commandLine() {
    List<String> shown = new ArrayList<>(List.of("imkit"));
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      boolean secret = a.equals("--secret-access-key") && i + 1 < args.size();
      shown.add(a.startsWith("--secret-access-key=") ? "--secret-access-key=****" : a);
      if (secret) {
        shown.add("****");
        i++;
      }
    }
    return String.join(" ", shown);
  }
}
