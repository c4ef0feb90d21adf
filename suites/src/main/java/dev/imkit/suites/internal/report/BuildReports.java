package dev.imkit.suites.internal.report;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ConsoleReport;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.ResultsListener;
import dev.imkit.reports.api.RunFiles;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import dev.imkit.suites.api.RunReports;
import dev.imkit.suites.api.Settings;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The reports of a build that uses the kit as a test dependency, registered through {@code ServiceLoader}, so
 * that adding the dependency and one test class is enough: {@code results.jsonl} as checks end, then
 * {@code run.json}, {@code report.html}, Allure results and JUnit XML in {@code imkit.report-dir} (default
 * {@code target/imkit}), and on standard output the seed when the first check ends, and the summary, root causes
 * and failing checks with their replay at the end. Only the kit's check classes are reported, never the build's own
 * tests; a test run in which no imkit check ran writes nothing.
 * ({@code imkit run} turns listener auto-registration off and writes the same files itself.)
 */
public final class BuildReports implements TestExecutionListener {
  private static final String CHECKS = "dev.imkit.suites.checks.";
  private final PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
  private volatile ResultsListener results = new ResultsListener();
  private volatile Instant started = Instant.now();
  private volatile TestPlan plan;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    started = Instant.now();
    results = new ResultsListener().withProgress(p -> {
      if (p.done() == 1) {
        seedLine();
      }
    });
    results.testPlanExecutionStarted(testPlan);
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    if (ours(id)) {
      results.reportingEntryPublished(id, entry);
    }
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (ours(id)) {
      results.executionStarted(id);
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (ours(id)) {
      results.executionSkipped(id, reason);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (ours(id)) {
      results.executionFinished(id, result);
    }
  }

  /** Whether {@code id} is a check class of the kit or runs in one: the build's own tests are not the kit's to report. */
  private boolean ours(TestIdentifier id) {
    for (Optional<TestIdentifier> at = Optional.of(id); at.isPresent();
        at = plan == null ? Optional.empty() : plan.getParent(at.get())) {
      if (at.get().getSource().filter(s -> s instanceof ClassSource c && c.getClassName().startsWith(CHECKS))
          .isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    results.testPlanExecutionFinished(testPlan);
    if (!results.problem().isEmpty()) {
      out.println("imkit: no reports were written: " + results.problem());
    }
    if (!results.wroteResults() || results.folder().isEmpty()) {
      return;
    }
    ReportFolder folder = results.folder().get();
    try {
      List<CheckResult> all = results.results();
      long requests = all.stream().mapToLong(CheckResult::requests).sum();
      RunInfo run = results.run().orElseGet(() -> new RunInfo("unknown", "", false, "", "", "", started, 0, 0, "",
          false)).ended(true, Duration.between(started, Instant.now()).toMillis(), requests);
      Optional<Baseline> baseline = baseline();
      Verdict verdict = RunReports.write(folder, run, all, baseline);
      List<CheckResult> held = baseline.map(b -> b.apply(all)).orElse(all);
      out.println();
      out.println("imkit conformance: " + run.target() + ", revision " + run.revision() + ", seed " + run.seed());
      ConsoleReport.print(out, held, verdict, RunReports.coverage(run.revision(), all), BuildReports::replay);
      out.println("report: " + folder.path(RunFiles.HTML));
    } catch (RuntimeException e) {
      out.println("imkit: could not write the reports in " + folder + ": " + e.getMessage());
    }
  }

  private void seedLine() {
    results.run().ifPresent(run -> out.println("imkit: checking " + run.target() + " with seed " + run.seed()
        + "; results in " + results.folder().map(ReportFolder::dir).map(Path::toString).orElse("?")));
  }

  /** The baseline the build names where this listener sees it (system properties, platform properties). */
  private Optional<Baseline> baseline() {
    return Optional.ofNullable(plan).flatMap(p -> p.getConfigurationParameters().get(Settings.BASELINE))
        .or(() -> Optional.ofNullable(System.getenv(Settings.environmentName(Settings.BASELINE))))
        .map(f -> Baseline.read(Path.of(f)));
  }

  /** How a person replays one check in a build: the same test class, the check's ID and the run's seed. */
  private static String replay(CheckResult r) {
    String only = "-Dimkit.only=" + r.id();
    return "mvn test " + (only.matches("[A-Za-z0-9_./:=,@%+-]+") ? only : "'" + only.replace("'", "'\\''") + "'")
        + (r.seed().isEmpty() ? "" : " -Dimkit.seed=" + r.seed());
  }
}
