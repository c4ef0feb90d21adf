package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.html.ReportPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The conformance report as ONE self-contained HTML file (styles and script inline, nothing fetched): the
 * verdict, run metadata, a verdict per revision, the operation x category matrix, contract coverage, failures
 * first with their reproducers, and filters. Every piece of data is escaped. A run that did not finish
 * ({@link RunInfo#finished()} false) is marked incomplete and never passes.
 *
 * <pre>{@code
 * HtmlReport.write(run, Results.read(dir), Optional.of(Baseline.read(baselineFile)), coverage,
 *     dir.resolve("report.html"));
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class HtmlReport {
  private HtmlReport() {
  }

  /**
   * Writes the report to {@code file} (its directory is created if missing). With a baseline, failures it lists
   * show as known and failures it does not list as new, whatever the run was told.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(RunInfo run, List<CheckResult> results, Optional<Baseline> baseline, Coverage coverage,
      Path file) {
    String page = render(run, results, baseline, coverage);
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // as the run's own report folder writes it: half a character (a message cut inside a surrogate pair, kept
      // in results.jsonl) becomes '?' instead of failing the whole page
      Files.write(file, page.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
    }
  }

  /** The report page as text. */
  public static String render(RunInfo run, List<CheckResult> results, Optional<Baseline> baseline,
      Coverage coverage) {
    return ReportPage.render(run, results, baseline, coverage);
  }
}
