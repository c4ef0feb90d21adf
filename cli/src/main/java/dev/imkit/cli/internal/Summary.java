package dev.imkit.cli.internal;

import dev.imkit.reports.api.Category;
import java.io.PrintWriter;
import java.util.Locale;

/** The table printed after a run: one row per category, a column per status, and the totals. */
final class Summary {
  private static final String ROW = "%-12s %6s %6s %8s %6s %9s %6s%n";

  private Summary() {
  }

  static void print(PrintWriter out, Tally tally) {
    out.printf(ROW, "category", "pass", "fail", "blocked", "known", "advisory", "skip");
    for (Category c : Category.values()) {
      if (tally.categories().contains(c)) {
        out.printf(ROW, c.name().toLowerCase(Locale.ROOT), tally.count(c, Tally.Status.PASS),
            tally.count(c, Tally.Status.FAIL), tally.count(c, Tally.Status.BLOCKED), tally.count(c, Tally.Status.KNOWN), tally.count(c, Tally.Status.ADVISORY),
            tally.count(c, Tally.Status.SKIP));
      }
    }
    out.printf(ROW, "total", tally.total(Tally.Status.PASS), tally.total(Tally.Status.FAIL),
        tally.total(Tally.Status.BLOCKED), tally.total(Tally.Status.KNOWN), tally.total(Tally.Status.ADVISORY), tally.total(Tally.Status.SKIP));
  }
}
