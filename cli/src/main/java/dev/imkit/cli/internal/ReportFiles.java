package dev.imkit.cli.internal;

import dev.imkit.reports.api.AllureResults;
import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.HtmlReport;
import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.ResultsListener;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * The files of a run, all in one directory: {@code run.json} (unfinished) when it starts, {@code results.jsonl}
 * written as checks finish, {@code junit/} (JUnit XML), then {@code run.json} (finished), {@code report.html} and
 * {@code allure-results/} from the finished results.
 */
final class ReportFiles {
  static final String RUN_INFO = "run.json";
  static final String HTML = "report.html";
  static final String ALLURE = "allure-results";
  static final String JUNIT = "junit";
  private final Path dir;
  private final Settings settings;

  private ReportFiles(Path dir, Settings settings) {
    this.dir = dir;
    this.settings = settings;
  }

  /** The report directory, created now so a path that cannot be written is refused before the run. */
  static ReportFiles in(Path dir, Settings settings) {
    try {
      Files.createDirectories(dir.resolve(JUNIT));
      Files.deleteIfExists(dir.resolve(Results.FILE_NAME));
      clear(dir.resolve(ALLURE));
    } catch (IOException e) {
      throw new UsageException("cannot write reports in " + dir + " (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "): choose another --report-dir");
    }
    baseline(settings);
    return new ReportFiles(dir, settings);
  }

  /** Removes an earlier run's Allure results: Allure reports every file it finds, so stale ones would mix in. */
  private static void clear(Path allure) throws IOException {
    if (!Files.isDirectory(allure)) {
      return;
    }
    try (Stream<Path> files = Files.list(allure)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.delete(f);
      }
    }
  }

  /** The listeners that write while the checks run. */
  List<TestExecutionListener> listeners(PrintWriter err) {
    List<String> secrets = Stream.of(settings.secretAccessKey(), settings.sessionToken())
        .flatMap(Optional::stream).toList();
    return List.of(ResultsListener.writingTo(dir).withSecrets(secrets),
        new LegacyXmlReportGeneratingListener(dir.resolve(JUNIT), err));
  }

  /**
   * Records that the run started: {@code run.json}, unfinished, until {@link #write} replaces it. A run killed
   * meanwhile leaves this record, so {@code imkit report} marks its report incomplete.
   */
  void started(Instant start, String target, String commandLine) {
    String revision = settings.revision().equals("auto") ? "" : settings.revision();
    writeString(dir.resolve(RUN_INFO), runInfo(start, target, revision, commandLine, 0, 0, false).toJson());
  }

  /** Writes what is built from the finished results, {@code run.json} finished; returns the HTML report's path. */
  Path write(Instant start, String target, String revision, String commandLine) {
    List<CheckResult> results = Results.read(dir);
    long requests = results.stream().mapToLong(CheckResult::requests).sum();
    RunInfo info = runInfo(start, target, revision, commandLine, Duration.between(start, Instant.now()).toMillis(),
        requests, true);
    writeString(dir.resolve(RUN_INFO), info.toJson());
    Optional<Baseline> baseline = baseline(settings);
    return render(info, results, baseline, dir.resolve(HTML), dir.resolve(ALLURE));
  }

  private RunInfo runInfo(Instant start, String target, String revision, String commandLine, long millis,
      long requests, boolean finished) {
    return new RunInfo(target, revision, settings.revision().equals("auto"),
        settings.profile().name().toLowerCase(Locale.ROOT), Long.toString(settings.seed()), Version.current(), start,
        millis, requests, commandLine, finished);
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
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + " (a baseline holds one check ID a line; # starts a comment)");
    }
  }

  /** Writes the HTML report and the Allure results of {@code results}. */
  static Path render(RunInfo info, List<CheckResult> results, Optional<Baseline> baseline, Path html, Path allure) {
    String revision = info.revision().isEmpty() ? Revisions.current().name() : info.revision();
    HtmlReport.write(info, results, baseline, ContractCoverage.of(Contract.at(revision), results), html);
    AllureResults.write(results, allure);
    return html;
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
