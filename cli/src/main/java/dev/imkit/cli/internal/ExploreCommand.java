package dev.imkit.cli.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.checks.Explore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
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
    ReportFiles reports = ReportFiles.in(Path.of(flags.reportDir).toAbsolutePath().normalize(), settings);
    Tally tally = new Tally();
    Instant start = Instant.now();
    String target = RunCommand.describeTarget(settings);
    console.err().println("imkit: exploring " + target + ", seed " + settings.seed()
        + (settings.shard().isAll() ? "" : ", shard " + settings.shard()));
    reports.started(start, target, commandLine());
    List<CheckResult> found;
    try (ExploreListener progress = new ExploreListener(console.err(), console.terminal())) {
      List<TestExecutionListener> listeners = new ArrayList<>(List.of(tally, progress));
      listeners.addAll(reports.listeners(console.err()));
      launch(settings, listeners);
      found = progress.records();
    }
    for (Throwable t : tally.containerFailures()) {
      Failures.Problem problem = Failures.classify(t);
      console.err().println("imkit explore: " + problem.message());
      if (Debug.requested(spec.commandLine())) {
        Debug.print(console.err(), t);
      }
      return problem.exitCode();
    }
    Path html = reports.write(start, target, tally.revision(), commandLine());
    print(found);
    console.out().println("report: " + html);
    return found.stream().anyMatch(r -> r.status() == CheckStatus.FAIL) ? ExitCode.NEW_FAILURES : ExitCode.PASS;
  }

  private static void launch(Settings settings, List<TestExecutionListener> listeners) {
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false).build());
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Explore.class))
        .filters(EngineFilter.includeEngines("junit-jupiter"))
        .configurationParameters(SuiteLauncher.parameters(settings)).build(),
        listeners.toArray(TestExecutionListener[]::new));
  }

  /** The findings, one block each: status, ID, the divergence, the replay command. */
  private void print(List<CheckResult> records) {
    // the summary passes; every finding fails, or is an advisory or a known failure
    records.stream().filter(r -> r.status() == CheckStatus.PASS && !r.notes().isEmpty())
        .forEach(r -> console.out().println(r.notes().get(0)));
    List<CheckResult> findings = records.stream().filter(r -> r.status() != CheckStatus.PASS).toList();
    if (findings.isEmpty()) {
      console.out().println("no findings: the target answered as the reference on everything compared");
      return;
    }
    console.out().println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + ":");
    for (CheckResult f : findings) {
      console.out().printf("%-8s %s%n         %s%n         replay: %s%n", f.status(), f.id(),
          f.message().lines().findFirst().orElse(""), f.replayCommand());
    }
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
