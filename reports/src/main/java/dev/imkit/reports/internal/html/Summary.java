package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.BaselineComparison;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.RunInfo;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/** The verdict and what was run: target, revision, profile, seed, kit version, duration, requests per second. */
final class Summary {
  private Summary() {
  }

  static void write(Html h, RunInfo run, ReportModel model) {
    String verdict = model.verdict();
    h.raw("<header class=\"verdict v-" + cssName(verdict) + "\"><h1>").text(verdict).raw("</h1>");
    if (!model.finished) {
      h.element("p", "incomplete", "INCOMPLETE RUN (killed or interrupted): " + model.results.size()
          + " checks recorded. The checks that never ran are missing, so this run cannot pass.");
    }
    h.raw("<p>").text(counts(ReportModel.count(model.results), model.results.size())).raw("</p>");
    model.comparison.ifPresent(c -> h.raw("<p class=\"baseline\">").text(baselineLine(c)).raw("</p>"));
    h.raw("</header>\n<section id=\"run\"><h2>Run</h2><dl class=\"meta\">");
    item(h, "Target", run.target());
    item(h, "Revision", run.revision() + (run.revisionDetected() ? " (detected)" : " (given)"));
    item(h, "Profile", run.profile());
    item(h, "Seed", run.seed());
    item(h, "Kit version", run.kitVersion());
    item(h, "Started", DateTimeFormatter.ISO_INSTANT.format(run.start().truncatedTo(ChronoUnit.SECONDS)));
    if (run.finished()) {
      item(h, "Duration", String.format(Locale.ROOT, "%.1f s", run.durationMillis() / 1000.0));
      item(h, "Requests", run.requests() + String.format(Locale.ROOT, " (%.1f req/s)", run.requestsPerSecond()));
    } else {
      item(h, "Duration", "unknown: the run did not finish");
      item(h, "Requests", run.requests() + " (by the checks recorded)");
    }
    item(h, "Command", run.commandLine());
    h.raw("</dl></section>\n");
  }

  static String counts(Map<CheckStatus, Integer> c, int total) {
    return total + " checks: " + c.get(CheckStatus.PASS) + " passed, " + c.get(CheckStatus.FAIL) + " failed, "
        + c.get(CheckStatus.BLOCKED) + " blocked, " + c.get(CheckStatus.KNOWN) + " known failures, " + c.get(CheckStatus.ADVISORY) + " advisories, "
        + c.get(CheckStatus.SKIP) + " skipped";
  }

  static String cssName(String verdict) {
    return verdict.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private static String baselineLine(BaselineComparison c) {
    return "Against the baseline: " + c.newFailures().size() + " new failures, " + c.knownFailures().size()
        + " known failures, " + c.fixed().size() + " fixed" + (c.fixed().isEmpty() ? ""
        : " (" + String.join(", ", c.fixed()) + ": remove them from the baseline)");
  }

  private static void item(Html h, String name, String value) {
    h.raw("<dt>").text(name).raw("</dt><dd>").text(value.isEmpty() ? "-" : value).raw("</dd>");
  }
}
