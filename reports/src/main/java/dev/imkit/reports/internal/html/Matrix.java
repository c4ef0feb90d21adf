package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Operation x category: pass, fail, blocked and skip counts per cell, colour-coded, each cell linking to its checks.
 * A check counts once, in the row of its primary operation (the first it sends), so the cells add up to the run.
 */
final class Matrix {
  static final String NONE = "(none)";

  private Matrix() {
  }

  static void write(Html h, ReportModel model) {
    List<String> categories = model.categories();
    Map<String, List<CheckResult>> byOperation = byOperation(model.results);
    h.raw("<section id=\"matrix\"><h2>Operations and categories</h2>")
        .raw("<p class=\"hint\">Each check counts once, under its primary operation. Each cell: passed / failed ")
        .raw("(new and known) / blocked / skipped, advisories counted as passed. Click a cell to list its checks.")
        .raw("</p><table class=\"grid matrix\"><thead><tr><th>Operation</th>");
    categories.forEach(c -> h.raw("<th>").text(c.isEmpty() ? NONE : abbreviation(c)).raw("</th>"));
    h.raw("</tr></thead><tbody>");
    byOperation.forEach((operation, results) -> {
      h.raw("<tr><th>").text(operation).raw("</th>");
      categories.forEach(c -> cell(h, operation, c, results.stream().filter(r -> r.categoryName().equals(c)).toList()));
      h.raw("</tr>");
    });
    h.raw("</tbody></table></section>\n");
  }

  private static String abbreviation(String category) {
    return category.length() > 8 ? category.substring(0, 5) + "." : category;
  }

  private static Map<String, List<CheckResult>> byOperation(List<CheckResult> results) {
    Map<String, List<CheckResult>> rows = new TreeMap<>();
    for (CheckResult r : results) {
      String primary = r.operations().isEmpty() ? NONE : r.operations().get(0);
      rows.computeIfAbsent(primary, k -> new ArrayList<>()).add(r);
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
    String tone = c.get(CheckStatus.FAIL) > 0 ? "fail" : failed + c.get(CheckStatus.BLOCKED)
        + c.get(CheckStatus.ADVISORY) > 0 ? "warn" : c.get(CheckStatus.PASS) > 0 ? "pass" : "skip";
    String filter = "#filter:op=" + encode(operation) + "&cat=" + encode(Checks.categoryKey(category));
    h.raw("<td class=\"" + tone + "\"><a").attr("href", filter)
        .attr("title", operation + " / " + category + ": " + counts(c, results.size())).raw(">")
        .text((c.get(CheckStatus.PASS) + c.get(CheckStatus.ADVISORY)) + " / " + failed + " / "
            + c.get(CheckStatus.BLOCKED) + " / " + c.get(CheckStatus.SKIP))
        .raw("</a></td>");
  }

  private static String counts(Map<CheckStatus, Integer> c, int total) {
    return total + " checks: " + c.get(CheckStatus.PASS) + " passed, " + c.get(CheckStatus.FAIL) + " failed, "
        + c.get(CheckStatus.BLOCKED) + " blocked, " + c.get(CheckStatus.KNOWN) + " known failures, "
        + c.get(CheckStatus.ADVISORY) + " advisories, " + c.get(CheckStatus.SKIP) + " skipped";
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
