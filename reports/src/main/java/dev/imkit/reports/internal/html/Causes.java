package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.RootCause;
import java.util.List;

/** The root causes, biggest first, right under the verdict: what to fix first, and every check it accounts for. */
final class Causes {
  private static final int OPERATIONS_SHOWN = 4;

  private Causes() {
  }

  static void write(Html h, ReportModel model) {
    List<RootCause> causes = model.causes;
    h.raw("<section id=\"causes\"><h2>").text("Root causes (" + causes.size() + ")").raw("</h2>");
    if (causes.isEmpty()) {
      h.element("p", "hint", "None: no check failed or was blocked.").raw("</section>\n");
      return;
    }
    h.raw("<table class=\"grid causes\"><thead><tr><th class=\"num\">Checks</th><th>Kind</th><th>Cause</th>")
        .raw("<th>Reported by</th></tr></thead><tbody>");
    for (RootCause c : causes) {
      h.raw("<tr><td class=\"num\">").text(Integer.toString(c.size())).raw("<br><span class=\"dim\">")
          .text(c.failed().size() + " failed, " + c.blocked().size() + " blocked").raw("</span></td><td>")
          .text(c.kind().name().replace('_', ' ')).raw("</td><td>").text(c.summary());
      h.raw("<details><summary class=\"dim\">").text(operations(c)).raw("</summary><p class=\"ids\">");
      c.failed().forEach(id -> link(h, id, "st-fail"));
      c.blocked().forEach(id -> link(h, id, "st-blocked"));
      h.raw("</p></details></td><td>");
      if (!c.reportedBy().isEmpty()) {
        link(h, c.reportedBy(), "");
      }
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table></section>\n");
  }

  private static String operations(RootCause c) {
    List<String> ops = c.operations();
    String shown = String.join(", ", ops.subList(0, Math.min(ops.size(), OPERATIONS_SHOWN)))
        + (ops.size() > OPERATIONS_SHOWN ? " and " + (ops.size() - OPERATIONS_SHOWN) + " more" : "");
    return (c.size() == 1 ? "the check" : "the " + c.size() + " checks") + (ops.isEmpty() ? "" : " (" + shown + ")");
  }

  static void link(Html h, String id, String cls) {
    h.raw("<a").attr("href", "#" + Failures.anchor(id)).attr("class", cls).raw("><code>").text(id)
        .raw("</code></a> ");
  }
}
