package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.util.List;
import java.util.Map;

/** A verdict per revision: the checks grouped by the revision they apply from. */
final class Revisions {
  private Revisions() {
  }

  static void write(Html h, ReportModel model) {
    h.raw("<section id=\"revisions\"><h2>Verdict per revision</h2><table class=\"grid\"><thead><tr>")
        .raw("<th>Checks since</th><th>Verdict</th><th>Pass</th><th>Fail</th><th>Blocked</th><th>Known</th><th>Advisory</th>")
        .raw("<th>Skip</th></tr></thead><tbody>");
    for (Map.Entry<String, List<CheckResult>> group : model.byRevision().entrySet()) {
      String verdict = model.verdict(group.getValue()).outcome().title();
      Map<CheckStatus, Integer> c = ReportModel.count(group.getValue());
      h.raw("<tr><td>").text(group.getKey().isEmpty() ? "(unknown)" : group.getKey()).raw("</td>")
          .raw("<td class=\"v-" + Summary.cssName(verdict) + "\">").text(verdict).raw("</td>");
      for (CheckStatus s : List.of(CheckStatus.PASS, CheckStatus.FAIL, CheckStatus.BLOCKED, CheckStatus.KNOWN,
          CheckStatus.ADVISORY, CheckStatus.SKIP)) {
        h.raw("<td class=\"num\">").text(Integer.toString(c.get(s))).raw("</td>");
      }
      h.raw("</tr>");
    }
    h.raw("</tbody></table></section>\n");
  }
}
