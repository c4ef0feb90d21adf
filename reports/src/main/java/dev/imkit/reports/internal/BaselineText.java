package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A run's failures as a baseline file: one check ID a line, its message (one line, cut short) as the reason. */
public final class BaselineText {
  private static final int REASON = 160;

  private BaselineText() {
  }

  public static String of(List<CheckResult> results) {
    List<CheckResult> failing = results.stream()
        .filter(r -> r.status() == CheckStatus.FAIL || r.status() == CheckStatus.KNOWN)
        .sorted(Comparator.comparing(CheckResult::id)).toList();
    Set<String> failed = failing.stream().map(CheckResult::id).collect(Collectors.toSet());
    List<CheckResult> blocked = results.stream().filter(r -> r.status() == CheckStatus.BLOCKED)
        .filter(r -> r.cause() == null || !failed.contains(r.cause().reportedBy()))
        .sorted(Comparator.comparing(CheckResult::id)).toList();
    StringBuilder s = new StringBuilder("# imkit baseline: checks this target is known to fail, one ID a line, the")
        .append(" reason after #\n# (written from a run; remove a line when its check passes again)\n");
    failing.forEach(r -> line(s, r.id(), r.message()));
    blocked.forEach(r -> line(s, r.id(), "blocked: " + (r.cause() == null ? r.message() : r.cause().summary())));
    return s.toString();
  }

  private static void line(StringBuilder s, String id, String reason) {
    String one = reason.replaceAll("\\s+", " ").strip();
    s.append(id).append("  # ").append(Text.cut(one, REASON)).append('\n');
  }
}
