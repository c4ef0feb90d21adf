package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.AllureMapping;
import dev.imkit.reports.internal.JUnitXml;
import dev.imkit.reports.internal.ResultsWriter;
import dev.imkit.reports.internal.RunJson;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The files of a run in its {@link ReportFolder}: {@code results.jsonl} (written as checks end, by
 * {@link ResultsListener}), then, from the finished results, {@code run.json} (the run, its verdict, coverage and
 * root causes), {@code report.html}, {@code allure-results/} and {@code junit/TEST-imkit.xml}. The same for
 * {@code imkit run}, {@code imkit report} and a build that uses the kit as a test dependency.
 *
 * <pre>{@code
 * Verdict v = RunFiles.write(folder, run, Results.read(folder.dir()), baseline, coverage);
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class RunFiles {
  public static final String RESULTS = Results.FILE_NAME;
  public static final String RUN_JSON = ResultsWriter.RUN_JSON;
  public static final String HTML = "report.html";
  public static final String ALLURE = "allure-results";
  public static final String JUNIT = "junit/TEST-imkit.xml";

  private RunFiles() {
  }

  /**
   * Writes {@code run.json}, {@code report.html}, the Allure results and the JUnit XML of a run's results (held
   * against the baseline, if any), replacing the ones the kit wrote before; returns the run's verdict.
   */
  public static Verdict write(ReportFolder folder, RunInfo run, List<CheckResult> results,
      Optional<Baseline> baseline, Coverage coverage) {
    List<CheckResult> held = baseline.map(b -> b.apply(results)).orElse(results);
    Verdict verdict = verdict(run, held, baseline);
    folder.write(RUN_JSON, RunJson.of(run, verdict, coverage, RootCause.of(held)));
    folder.write(HTML, HtmlReport.render(run, results, baseline, coverage));
    folder.forget(ALLURE);
    folder.wroteAll(AllureMapping.write(held, run, folder.path(ALLURE), run.start().toEpochMilli()));
    folder.write(JUNIT, JUnitXml.of(held, run));
    return verdict;
  }

  /** The verdict of results already held against the baseline. */
  public static Verdict verdict(RunInfo run, List<CheckResult> held, Optional<Baseline> baseline) {
    return Verdict.of(held, run.finished(), baseline.map(Baseline::checkIds).orElse(java.util.Set.of()));
  }
}
