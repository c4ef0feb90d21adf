package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Operation x category: pass, fail and skip counts per cell, colour-coded, each cell linking to its checks. */
final class Matrix {
  static final String NONE = "(none)";

  private Matrix() {
  }

  static void write(Html h, ReportModel model) {
    List<String> categories = model.categories();
    Map<String, List<CheckResult>> byOperation = byOperation(model.results);
    h.raw("<section id=\"matrix\"><h2>Operations and categories</h2>")
        .raw("<p class=\"hint\">Each cell: passed / failed (new and known) / advisories / skipped. ")
        .raw("Click a cell to list its checks.</p><div class=\"scroll\"><table class=\"grid matrix\"><thead><tr>")
        .raw("<th>Operation</th>");
    categories.forEach(c -> h.raw("<th>").text(c.isEmpty() ? NONE : c).raw("</th>"));
    h.raw("</tr></thead><tbody>");
    byOperation.forEach((operation, results) -> {
      h.raw("<tr><th>").text(operation).raw("</th>");
      categories.forEach(c -> cell(h, operation, c, results.stream().filter(r -> r.categoryName().equals(c)).toList()));
      h.raw("</tr>");
    });
    h.raw("</tbody></table></div></section>\n");
  }

  private static Map<String, List<CheckResult>> byOperation(List<CheckResult> results) {
    Map<String, List<CheckResult>> rows = new TreeMap<>();
    for (CheckResult r : results) {
      List<String> operations = r.operations().isEmpty() ? List.of(NONE) : r.operations();
      operations.forEach(o -> rows.computeIfAbsent(o, k -> new ArrayList<>()).add(r));
    }
    return rows;
  }

  private static void cell(Html h, String operation, String category, List<CheckResult> results) {
    if (results.isEmpty()) {
      h.raw("<td class=\"empty\"></td>");
      return;
    }
    Map<CheckStatus, Integer> c = ReportModel.count(results);
    int failed = c.get(CheckStatus.FAIL) + c.get(CheckStatus.KNOWN);
    String tone = c.get(CheckStatus.FAIL) > 0 ? "fail" : failed + c.get(CheckStatus.ADVISORY) > 0 ? "warn"
        : c.get(CheckStatus.PASS) > 0 ? "pass" : "skip";
    String filter = "#filter:op=" + encode(operation) + "&cat=" + encode(Checks.categoryKey(category));
    h.raw("<td class=\"" + tone + "\"><a").attr("href", filter)
        .attr("title", operation + " / " + category + ": " + Summary.counts(c, results.size())).raw(">")
        .text(c.get(CheckStatus.PASS) + " / " + failed + " / " + c.get(CheckStatus.ADVISORY) + " / "
            + c.get(CheckStatus.SKIP))
        .raw("</a></td>");
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
