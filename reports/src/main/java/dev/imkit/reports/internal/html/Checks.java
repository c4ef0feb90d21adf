package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.internal.Text;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Every check, failures first, with the filters (status, category, primary operation, text). The checks are a JSON
 * block the script lists a page at a time: a run of 100,000 checks as 100,000 table rows takes a browser a minute
 * to lay out, a page of rows no time at all.
 */
final class Checks {
  /** Rows the script lists at first, and adds per "Show more". */
  static final int PAGE = 500;
  private static final int MESSAGE_CUT = 240;

  private Checks() {
  }

  static void write(Html h, ReportModel model) {
    h.raw("<section id=\"checks\"><h2>All checks</h2><form class=\"filters\" id=\"filters\">");
    select(h, "status", "Status", List.of(CheckStatus.values()).stream().map(Enum::name).toList());
    select(h, "cat", "Category", model.categories().stream().map(Checks::categoryKey).toList());
    select(h, "op", "Operation", List.copyOf(new TreeSet<>(model.results.stream().map(Checks::primary).toList())));
    h.raw("<label>Text <input type=\"search\" name=\"text\" placeholder=\"ID, rule or message\"></label>")
        .raw("<button type=\"reset\">Clear</button> <output id=\"shown\"></output></form>")
        .raw("<noscript><p class=\"hint\">Listing every check needs JavaScript; the failures above are complete.")
        .raw("</p></noscript><table class=\"grid checks\" data-page=\"" + PAGE + "\"><thead><tr><th>Status</th>")
        .raw("<th>Check</th><th>Category</th><th>Operations</th><th>Level</th><th>Since</th><th>ms</th>")
        .raw("<th>Message</th></tr></thead><tbody id=\"check-rows\"></tbody></table>")
        .raw("<p><button type=\"button\" id=\"more\" hidden>Show more</button></p>")
        .raw("<script type=\"application/json\" id=\"check-data\">")
        .json(model.results.stream().map(Checks::row).toList()).raw("</script></section>\n");
  }

  static String categoryKey(String category) {
    return category.isEmpty() ? Matrix.NONE : category;
  }

  /** The operation a check counts under: the first it sends. */
  static String primary(CheckResult r) {
    return r.operations().isEmpty() ? Matrix.NONE : r.operations().get(0);
  }

  /** The data attributes the filters read, on every failure entry (the table's rows carry the same values). */
  static void filterData(Html h, CheckResult r) {
    h.attr("data-status", r.status().name()).attr("data-cat", categoryKey(r.categoryName()))
        .attr("data-op", primary(r)).attr("data-text", searchText(r, r.message()));
  }

  /** One row as the script reads it: status, ID, category, operations, level, since, ms, message, op, text. */
  private static List<Object> row(CheckResult r) {
    String message = cut(r.message());
    return List.of(r.status().name(), r.id(), categoryKey(r.categoryName()), String.join(", ", r.operations()),
        r.levelName(), r.since(), r.durationMillis(), message, primary(r), searchText(r, message));
  }

  private static String searchText(CheckResult r, String message) {
    return (r.id() + " " + String.join(" ", r.operations()) + " " + String.join(" ", r.rules()) + " " + message)
        .toLowerCase(Locale.ROOT);
  }

  private static void select(Html h, String name, String label, List<String> values) {
    h.raw("<label>").text(label).raw(" <select").attr("name", name).raw("><option value=\"\">all</option>");
    values.stream().filter(Objects::nonNull).forEach(v -> h.raw("<option").attr("value", v).raw(">").text(v)
        .raw("</option>"));
    h.raw("</select></label> ");
  }

  private static String cut(String message) {
    return Text.cut(message, MESSAGE_CUT);
  }
}
