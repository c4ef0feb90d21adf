package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.BaselineComparison;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The verdict at the top: the outcome, the counts (blocked included), how much of the contract it stands on, the
 * baseline, and the target in one line; the run's details in their own section further down.
 */
final class Summary {
  private Summary() {
  }

  static void header(Html h, ReportModel model) {
    Verdict verdict = model.verdict;
    RunInfo run = model.run;
    h.raw("<header class=\"verdict v-" + cssName(verdict.outcome().title()) + "\"><h1>")
        .text(verdict.outcome().title()).raw("</h1>");
    if (!model.finished()) {
      h.element("p", "incomplete", "INCOMPLETE RUN (killed or interrupted): " + model.results.size()
          + " checks recorded. The checks that never ran are missing, so this run cannot pass.");
    }
    h.element("p", "counts", verdict.countsLine());
    h.element("p", "stands", standsOn(model.coverage));
    if (verdict.count(dev.imkit.reports.api.CheckStatus.BLOCKED) > 0) {
      h.element("p", "", verdict.count(dev.imkit.reports.api.CheckStatus.BLOCKED) + " checks were not judged "
          + "(BLOCKED): what they check is unknown until their root cause, below, is fixed.");
    }
    model.comparison.ifPresent(c -> h.element("p", "baseline", baselineLine(c)));
    h.element("p", "target", run.target() + " · revision " + (run.revision().isEmpty() ? "unknown"
        : run.revision() + (run.revisionDetected() ? " (detected)" : " (given)")) + " · seed " + run.seed());
    h.raw("</header>\n");
  }

  /** How much of the contract the verdict rests on: the rules this run judged, and those no check covers. */
  static String standsOn(Coverage c) {
    if (c.total() == 0) {
      return "The verdict's share of the contract is unknown: no coverage figures were given for this run.";
    }
    return "It stands on " + c.covered() + " of the contract's " + c.total() + " rules (" + Html.percent(c.percent())
        + "), the ones this run judged; " + c.uncovered().size() + " rules no check covers"
        + (c.uncovered().isEmpty() ? "." : " (listed under Contract coverage).");
  }

  static void run(Html h, RunInfo run) {
    h.raw("<section id=\"run\"><h2>Run</h2><dl class=\"meta\">");
    item(h, "Target", run.target());
    item(h, "Region", run.region());
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

  static String cssName(String verdict) {
    return verdict.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private static String baselineLine(BaselineComparison c) {
    return "Against the baseline: " + c.newFailures().size() + " new failures, " + c.knownFailures().size()
        + " known failures, " + c.fixed().size() + " fixed" + (c.fixed().isEmpty() ? ""
        : " (" + String.join(", ", c.fixed()) + ": remove them from the baseline)");
  }

  static void item(Html h, String name, String value) {
    h.raw("<dt>").text(name).raw("</dt><dd>").text(value.isEmpty() ? "-" : value).raw("</dd>");
  }
}
