package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.Coverage;
import java.util.Locale;
import java.util.Map;

/** Contract coverage: rules covered over the contract's rules, overall and per category. */
final class CoverageSection {
  private CoverageSection() {
  }

  static void write(Html h, Coverage coverage) {
    h.raw("<section id=\"coverage\"><h2>Contract coverage</h2>");
    if (coverage.total() == 0) {
      h.raw("<p class=\"hint\">No coverage figures were given for this run.</p></section>\n");
      return;
    }
    h.raw("<p>").text(coverage.covered() + " of " + coverage.total() + " contract rules covered ("
        + Html.percent(coverage.percent()) + ")").raw("</p>");
    bar(h, coverage.percent());
    h.raw("<table class=\"grid\"><thead><tr><th>Category</th><th>Covered</th><th>Rules</th><th>Share</th>")
        .raw("</tr></thead><tbody>");
    for (Map.Entry<String, Coverage.Part> e : coverage.byCategory().entrySet()) {
      Coverage.Part part = e.getValue();
      h.raw("<tr><td>").text(e.getKey()).raw("</td><td class=\"num\">").text(Integer.toString(part.covered()))
          .raw("</td><td class=\"num\">").text(Integer.toString(part.total())).raw("</td><td>");
      bar(h, part.percent());
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    if (!coverage.uncovered().isEmpty()) {
      h.raw("<details><summary>").text(coverage.uncovered().size() + " rules no check covers").raw("</summary><ul>");
      coverage.uncovered().forEach(rule -> h.raw("<li><code>").text(rule).raw("</code></li>"));
      h.raw("</ul></details>");
    }
    h.raw("</section>\n");
  }

  private static void bar(Html h, double percent) {
    String width = String.format(Locale.ROOT, "%.1f", percent);
    h.raw("<div class=\"bar\"><span style=\"width:" + width + "%\"></span><em>")
        .text(Html.percent(percent)).raw("</em></div>");
  }
}
