package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.Text;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * What a run prints when it ends, so that a CI log says what failed and how to replay it: a table per category,
 * the verdict line (blocked checks counted), what the verdict stands on, the root causes biggest first, then every
 * failing check with one line of its message and its replay command, capped (the rest are in the report).
 *
 * <pre>{@code
 * ConsoleReport.print(out, held, verdict, coverage, CheckResult::replayCommand);
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class ConsoleReport {
  /** Root causes printed at most. */
  public static final int CAUSES = 10;
  /** Failing checks printed at most. */
  public static final int FAILURES = 20;
  private static final String ROW = "%-12s %6s %6s %8s %6s %9s %6s%n";
  private static final int LINE = 150;

  private ConsoleReport() {
  }

  /**
   * Prints the summary of {@code held} (results already held against the baseline).
   *
   * @param replay the command a person runs to replay one check
   */
  public static void print(PrintWriter out, List<CheckResult> held, Verdict verdict, Coverage coverage,
      Function<CheckResult, String> replay) {
    table(out, held);
    out.println();
    out.println(verdict.line());
    if (coverage.total() > 0) {
      out.printf(Locale.ROOT, "It stands on %d of the contract's %d rules (%.1f%%); %d rules no check covers.%n",
          coverage.covered(), coverage.total(), coverage.percent(), coverage.uncovered().size());
    }
    causes(out, RootCause.of(held));
    failures(out, held.stream().filter(r -> r.status() == CheckStatus.FAIL).toList(), replay);
  }

  private static void table(PrintWriter out, List<CheckResult> held) {
    Map<Category, int[]> rows = new EnumMap<>(Category.class);
    int[] total = new int[CheckStatus.values().length];
    for (CheckResult r : held) {
      if (r.category() != null) {
        rows.computeIfAbsent(r.category(), c -> new int[CheckStatus.values().length])[r.status().ordinal()]++;
      }
      total[r.status().ordinal()]++;
    }
    out.printf(ROW, "category", "pass", "fail", "blocked", "known", "advisory", "skip");
    rows.forEach((c, n) -> row(out, c.name().toLowerCase(Locale.ROOT), n));
    row(out, "total", total);
  }

  private static void row(PrintWriter out, String name, int[] n) {
    out.printf(ROW, name, n[CheckStatus.PASS.ordinal()], n[CheckStatus.FAIL.ordinal()],
        n[CheckStatus.BLOCKED.ordinal()], n[CheckStatus.KNOWN.ordinal()], n[CheckStatus.ADVISORY.ordinal()],
        n[CheckStatus.SKIP.ordinal()]);
  }

  private static void causes(PrintWriter out, List<RootCause> causes) {
    if (causes.isEmpty()) {
      return;
    }
    out.println();
    out.println("root causes, biggest first (checks: failed + blocked):");
    causes.stream().limit(CAUSES).forEach(c -> out.printf(Locale.ROOT, "%5d  %-19s %s%n", c.size(),
        c.kind().name().replace('_', ' '), cut(c.summary())));
    if (causes.size() > CAUSES) {
      out.println("  and " + (causes.size() - CAUSES) + " more causes in the report");
    }
  }

  private static void failures(PrintWriter out, List<CheckResult> failed, Function<CheckResult, String> replay) {
    if (failed.isEmpty()) {
      return;
    }
    out.println();
    out.println("failing checks (" + failed.size() + "):");
    for (CheckResult r : failed.stream().limit(FAILURES).toList()) {
      out.println("  " + r.id() + "  " + cut(r.message()));
      if (r.category() != null) {
        out.println("    replay: " + replay.apply(r));
      }
    }
    if (failed.size() > FAILURES) {
      out.println("  and " + (failed.size() - FAILURES) + " more in the report");
    }
  }

  private static String cut(String text) {
    String one = text.replaceAll("\\s+", " ").strip();
    return Text.cut(one, LINE);
  }
}
