package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every check in one table, failures first, with the filters (status, category, operation, text). */
final class Checks {
  private static final int MESSAGE_CUT = 240;

  private Checks() {
  }

  static void write(Html h, ReportModel model) {
    h.raw("<section id=\"checks\"><h2>All checks</h2><form class=\"filters\" id=\"filters\">");
    select(h, "status", "Status", List.of(CheckStatus.values()).stream().map(Enum::name).toList());
    select(h, "cat", "Category", model.categories().stream().map(Checks::categoryKey).toList());
    select(h, "op", "Operation", List.copyOf(new TreeSet<>(model.results.stream()
        .flatMap(r -> r.operations().isEmpty() ? Stream.of(Matrix.NONE) : r.operations().stream())
        .toList())));
    h.raw("<label>Text <input type=\"search\" name=\"text\" placeholder=\"ID, rule or message\"></label>")
        .raw("<button type=\"reset\">Clear</button> <output id=\"shown\"></output></form>")
        .raw("<table class=\"grid checks\"><thead><tr><th>Status</th><th>Check</th><th>Category</th>")
        .raw("<th>Operations</th><th>Level</th><th>Since</th><th>ms</th><th>Message</th></tr></thead><tbody>");
    model.results.forEach(r -> row(h, r));
    h.raw("</tbody></table></section>\n");
  }

  static String categoryKey(String category) {
    return category.isEmpty() ? Matrix.NONE : category;
  }

  /** The data attributes the filters read, on every element that shows one check. */
  static void filterData(Html h, CheckResult r) {
    String operations = r.operations().isEmpty() ? Matrix.NONE : String.join("|", r.operations());
    h.attr("data-status", r.status().name()).attr("data-cat", categoryKey(r.category()))
        .attr("data-ops", "|" + operations + "|")
        .attr("data-text", (r.id() + " " + String.join(" ", r.rules()) + " " + r.message()).toLowerCase(Locale.ROOT));
  }

  private static void select(Html h, String name, String label, List<String> values) {
    h.raw("<label>").text(label).raw(" <select").attr("name", name).raw("><option value=\"\">all</option>");
    values.stream().filter(Objects::nonNull).forEach(v -> h.raw("<option").attr("value", v).raw(">").text(v)
        .raw("</option>"));
    h.raw("</select></label> ");
  }

  private static void row(Html h, CheckResult r) {
    h.raw("<tr class=\"check\"");
    filterData(h, r);
    h.raw("><td class=\"st st-" + r.status().name().toLowerCase(Locale.ROOT) + "\">").text(r.status().name())
        .raw("</td><td><code>").text(r.id()).raw("</code></td><td>").text(r.category()).raw("</td><td>")
        .text(String.join(", ", r.operations())).raw("</td><td>").text(r.level()).raw("</td><td>").text(r.since())
        .raw("</td><td class=\"num\">").text(Long.toString(r.durationMillis())).raw("</td><td>")
        .text(cut(r.message())).raw("</td></tr>");
  }

  private static String cut(String message) {
    return message.length() <= MESSAGE_CUT ? message : message.substring(0, MESSAGE_CUT) + "…";
  }
}
