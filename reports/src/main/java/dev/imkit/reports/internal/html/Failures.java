package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Reproducer;
import dev.imkit.reports.internal.Text;
import java.util.List;
import java.util.Locale;

/**
 * Failures first: the new failures as one line each (on the first screen), then every check that did not pass
 * (new and known failures, blocked checks, advisories) with its message, root cause, replay command, curl
 * reproducer and the calls of its sequence, the one the verdict rests on open.
 */
final class Failures {
  private static final int LINE = 180;

  private Failures() {
  }

  static void list(Html h, ReportModel model) {
    List<CheckResult> failed = model.withStatus(CheckStatus.FAIL);
    h.raw("<section id=\"failures\"><h2>").text("New failures (" + failed.size() + ")").raw("</h2>");
    if (failed.isEmpty()) {
      h.element("p", "hint", "None.").raw("</section>\n");
      return;
    }
    h.raw("<table class=\"grid lines\"><thead><tr><th>Check</th><th>Operation</th><th>Message</th></tr></thead>")
        .raw("<tbody>");
    for (CheckResult r : failed) {
      h.raw("<tr><td>");
      Causes.link(h, r.id(), "st-fail");
      h.raw("</td><td>").text(r.operations().isEmpty() ? "" : r.operations().get(0)).raw("</td><td>")
          .text(cut(r.message())).raw("</td></tr>");
    }
    h.raw("</tbody></table></section>\n");
  }

  static void details(Html h, ReportModel model) {
    h.raw("<section id=\"details\"><h2>Failures, blocked checks and advisories in detail</h2>");
    group(h, model, "New failures", "These fail the run.", CheckStatus.FAIL);
    group(h, model, "Blocked checks", "Not judged: another deviation of the target, named in each, stands in the way.",
        CheckStatus.BLOCKED);
    group(h, model, "Known failures", "Listed in the baseline: reported, not failing the run.", CheckStatus.KNOWN);
    group(h, model, "Advisories", "SHOULD rules (inferred behaviour of the real service): reported, never failing "
        + "the run.", CheckStatus.ADVISORY);
    h.raw("</section>\n");
  }

  private static void group(Html h, ReportModel model, String title, String meaning, CheckStatus status) {
    List<CheckResult> results = model.withStatus(status);
    h.raw("<h3>").text(title + " (" + results.size() + ")").raw("</h3>");
    if (results.isEmpty()) {
      h.raw("<p class=\"hint\">None.</p>");
      return;
    }
    h.raw("<p class=\"hint\">").text(meaning).raw("</p>");
    results.forEach(r -> entry(h, model, r));
  }

  private static void entry(Html h, ReportModel model, CheckResult r) {
    h.raw("<details class=\"check failure\"").attr("id", anchor(r.id()));
    Checks.filterData(h, r);
    h.raw("><summary><span class=\"st st-" + r.status().name().toLowerCase(Locale.ROOT) + "\">")
        .text(r.status().name()).raw("</span> <code>").text(r.id()).raw("</code> ")
        .element("span", "dim", r.categoryName() + " " + String.join(", ", r.operations())).raw("</summary>");
    h.element("p", "message", r.message().isEmpty() ? "(no message)" : r.message()).raw("<dl class=\"meta\">");
    if (r.cause() != null) {
      Summary.item(h, "Root cause", r.cause().summary() + (r.cause().reportedBy().isEmpty() || r.cause().reportedBy()
          .equals(r.id()) ? "" : " (reported by " + r.cause().reportedBy() + ")"));
    }
    Summary.item(h, "Rules", String.join(", ", r.rules()));
    Summary.item(h, "Level", r.levelName());
    Summary.item(h, "Since", r.since().isEmpty() ? "" : r.since() + ", target tested as " + r.revision());
    Summary.item(h, "Requests", Integer.toString(r.requests()));
    h.raw("</dl>");
    if (r.category() == null) {
      h.element("p", "hint", "Not a check: a test or suite that failed before any check reported (often an "
          + "unreachable target or a configuration error).");
    } else {
      h.raw("<div class=\"replay\"><span class=\"dim\">Replay </span><code>").text(r.replayCommand())
          .raw("</code> <button type=\"button\" class=\"copy\">Copy</button></div>");
    }
    reproducer(h, model, r);
    calls(h, r);
    h.raw("</details>");
  }

  private static void reproducer(Html h, ReportModel model, CheckResult r) {
    String script = Reproducer.curl(r, model.run);
    if (script.isEmpty()) {
      return;
    }
    h.raw("<details class=\"repro\"><summary>Reproduce with curl, without imkit</summary>")
        .raw("<div class=\"replay\"><button type=\"button\" class=\"copy\">Copy</button><pre><code>").text(script)
        .raw("</code></pre></div></details>");
  }

  private static void calls(Html h, CheckResult r) {
    List<ExchangeRecord> calls = r.exchanges();
    if (calls.isEmpty()) {
      return;
    }
    h.raw("<h4>").text("Calls (" + calls.size() + ")").raw("</h4>");
    for (int i = 0; i < calls.size(); i++) {
      ExchangeRecord e = calls.get(i);
      boolean failing = i == r.failing() || r.failing() < 0 && i == calls.size() - 1;
      h.raw("<details class=\"call\"" + (failing ? " open" : "") + "><summary>")
          .text((i + 1) + ". " + (e.operation().isEmpty() ? e.method() : e.operation()) + " ("
              + e.role().name().toLowerCase(Locale.ROOT) + "): " + (e.status() == 0 ? "no answer" : e.status())
              + (i == r.failing() ? ", the call the verdict rests on" : ""))
          .raw("</summary><pre>").text(e.describeRequest()).raw("</pre><pre>").text(e.describeResponse())
          .raw("</pre></details>");
    }
  }

  /** The element id of a check's entry. */
  static String anchor(String id) {
    return "c-" + id;
  }

  private static String cut(String message) {
    String one = message.replaceAll("\\s+", " ").strip();
    return Text.cut(one, LINE);
  }
}
