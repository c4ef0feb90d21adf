package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.util.List;
import java.util.Locale;

/**
 * Failures first: new failures (open), then known failures and advisories, each with its rules, the last request
 * and response, and the command that replays it.
 */
final class Failures {
  private Failures() {
  }

  static void write(Html h, ReportModel model) {
    h.raw("<section id=\"failures\"><h2>Failures</h2>");
    List<CheckResult> failed = model.withStatus(CheckStatus.FAIL);
    group(h, "New failures", "These fail the run.", failed, true);
    group(h, "Blocked checks", "Not judged: another deviation of the target, named in each, stands in the way.",
        model.withStatus(CheckStatus.BLOCKED), false);
    group(h, "Known failures", "Listed in the baseline: reported, not failing the run.",
        model.withStatus(CheckStatus.KNOWN), false);
    group(h, "Advisories", "SHOULD rules (inferred behaviour of the real service): reported, never failing the run.",
        model.withStatus(CheckStatus.ADVISORY), false);
    h.raw("</section>\n");
  }

  private static void group(Html h, String title, String meaning, List<CheckResult> results, boolean open) {
    h.raw("<h3>").text(title + " (" + results.size() + ")").raw("</h3>");
    if (results.isEmpty()) {
      h.raw("<p class=\"hint\">None.</p>");
      return;
    }
    h.raw("<p class=\"hint\">").text(meaning).raw("</p>");
    results.forEach(r -> failure(h, r, open));
  }

  private static void failure(Html h, CheckResult r, boolean open) {
    h.raw("<details class=\"check failure\"" + (open ? " open" : ""));
    Checks.filterData(h, r);
    h.raw("><summary><span class=\"st st-" + r.status().name().toLowerCase(Locale.ROOT) + "\">")
        .text(r.status().name()).raw("</span> <code>").text(r.id()).raw("</code> ")
        .element("span", "dim", r.categoryName() + " " + String.join(", ", r.operations())).raw("</summary>");
    h.element("p", "message", r.message().isEmpty() ? "(no message)" : r.message()).raw("<dl class=\"meta\">");
    if (r.cause() != null) {
      item(h, "Root cause", r.cause().summary() + (r.cause().reportedBy().isEmpty() || r.cause().reportedBy()
          .equals(r.id()) ? "" : " (reported by " + r.cause().reportedBy() + ")"));
    }
    item(h, "Rules", String.join(", ", r.rules()));
    item(h, "Level", r.levelName());
    item(h, "Since", r.since().isEmpty() ? "" : r.since() + ", target tested as " + r.revision());
    item(h, "Requests", Integer.toString(r.requests()));
    h.raw("</dl>");
    if (r.category() != null) {
      h.raw("<div class=\"replay\"><code>").text(r.replayCommand())
          .raw("</code> <button type=\"button\" class=\"copy\">Copy</button></div>");
    } else {
      h.element("p", "hint", "Not a check: a test or suite that failed before any check reported (often an "
          + "unreachable target or a configuration error).");
    }
    exchange(h, "Request", r.request());
    exchange(h, "Response", r.response());
    h.raw("</details>");
  }

  private static void exchange(Html h, String title, String text) {
    if (!text.isEmpty()) {
      h.element("h4", "", title).element("pre", "", text);
    }
  }

  private static void item(Html h, String name, String value) {
    h.raw("<dt>").text(name).raw("</dt><dd>").text(value.isEmpty() ? "-" : value).raw("</dd>");
  }
}
