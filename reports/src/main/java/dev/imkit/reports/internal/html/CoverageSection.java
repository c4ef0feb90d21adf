package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Coverage;
import java.util.Locale;
import java.util.Map;

/**
 * Contract coverage: the rules this run judged over the contract's rules; per category, the rules its checks
 * judged over the rules its checks cover (the category's own rules, not the whole contract); and the rules no
 * check covers, listed.
 */
final class CoverageSection {
  private CoverageSection() {
  }

  static void write(Html h, Coverage coverage) {
    h.raw("<section id=\"coverage\"><h2>Contract coverage</h2>");
    if (coverage.total() == 0) {
      h.raw("<p class=\"hint\">No coverage figures were given for this run.</p></section>\n");
      return;
    }
    int unjudged = coverage.total() - coverage.covered() - coverage.uncovered().size();
    h.raw("<p>").text(coverage.covered() + " of the contract's " + coverage.total() + " rules judged by this run ("
        + Html.percent(coverage.percent()) + "); " + Math.max(0, unjudged) + " more have checks that did not judge "
        + "them here (skipped or blocked); " + coverage.uncovered().size() + " no check covers.").raw("</p>");
    bar(h, coverage.percent());
    h.raw("<table class=\"grid\"><thead><tr><th>Category</th><th class=\"num\">Judged</th>")
        .raw("<th class=\"num\">Its rules</th><th>Share of its rules</th></tr></thead><tbody>");
    for (Map.Entry<Category, Coverage.Part> e : coverage.byCategory().entrySet()) {
      Coverage.Part part = e.getValue();
      h.raw("<tr><td>").text(e.getKey().name()).raw("</td><td class=\"num\">").text(Integer.toString(part.covered()))
          .raw("</td><td class=\"num\">").text(Integer.toString(part.total())).raw("</td><td>");
      bar(h, part.percent());
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    if (!coverage.uncovered().isEmpty()) {
      h.raw("<details><summary>").text(coverage.uncovered().size() + " rules no check covers").raw("</summary>")
          .raw("<p class=\"ids\">");
      coverage.uncovered().forEach(rule -> h.raw("<code>").text(rule).raw("</code> "));
      h.raw("</p></details>");
    }
    h.raw("</section>\n");
  }

  private static void bar(Html h, double percent) {
    String width = String.format(Locale.ROOT, "%.1f", percent);
    h.raw("<div class=\"bar\"><span style=\"width:" + width + "%\"></span><em>")
        .text(Html.percent(percent)).raw("</em></div>");
  }
}
