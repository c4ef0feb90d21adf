package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.RunInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The whole report as one self-contained page: styles and script inline, no data inside the script, and a
 * Content-Security-Policy that forbids fetching anything.
 */
public final class ReportPage {
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

  private ReportPage() {
  }

  public static String render(RunInfo run, List<CheckResult> results, Optional<Baseline> baseline,
      Coverage coverage) {
    ReportModel model = new ReportModel(run, results, baseline, coverage);
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<title>").text("imkit " + model.verdict.outcome().title() + " - " + run.target()).raw("</title>")
        .raw("<style>").raw(resource("report.css")).raw("</style></head>\n<body>");
    Summary.header(h, model);
    Causes.write(h, model);
    Failures.list(h, model);
    Summary.run(h, run);
    Revisions.write(h, model);
    Matrix.write(h, model);
    CoverageSection.write(h, coverage);
    Failures.details(h, model);
    Checks.write(h, model);
    h.raw("<footer>").text("imkit " + run.kitVersion() + " - " + run.commandLine()).raw("</footer>")
        .raw("<script>").raw(resource("report.js")).raw("</script></body></html>\n");
    return h.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the report resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
