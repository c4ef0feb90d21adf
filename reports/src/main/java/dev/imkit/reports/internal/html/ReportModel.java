package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.BaselineComparison;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.RootCause;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The results as the report shows them: held against the baseline, failures first, counted, grouped by cause. */
final class ReportModel {
  private static final List<CheckStatus> ORDER = List.of(CheckStatus.FAIL, CheckStatus.BLOCKED,
      CheckStatus.KNOWN, CheckStatus.ADVISORY, CheckStatus.SKIP, CheckStatus.PASS);

  final RunInfo run;
  final List<CheckResult> results;
  final Optional<BaselineComparison> comparison;
  final Verdict verdict;
  final List<RootCause> causes;
  final Coverage coverage;
  private final Set<String> known;

  ReportModel(RunInfo run, List<CheckResult> raw, Optional<Baseline> baseline, Coverage coverage) {
    this.run = run;
    this.results = baseline.map(b -> b.apply(raw)).orElse(raw).stream()
        .sorted(Comparator.comparing((CheckResult r) -> ORDER.indexOf(r.status())).thenComparing(CheckResult::id))
        .toList();
    this.comparison = baseline.map(b -> b.compare(raw));
    this.known = baseline.map(Baseline::checkIds).orElse(Set.of());
    this.verdict = Verdict.of(results, run.finished(), known);
    this.causes = RootCause.of(results);
    this.coverage = coverage;
  }

  boolean finished() {
    return run.finished();
  }

  static Map<CheckStatus, Integer> count(List<CheckResult> results) {
    Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
    for (CheckStatus s : CheckStatus.values()) {
      counts.put(s, 0);
    }
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  /** The verdict of some of the checks (a revision's), as the run's is given. */
  Verdict verdict(List<CheckResult> some) {
    return Verdict.of(some, run.finished(), known);
  }

  /** Results grouped by the revision their check applies from, oldest first; {@code ""} for unknown. */
  Map<String, List<CheckResult>> byRevision() {
    Map<String, List<CheckResult>> groups = new TreeMap<>();
    results.forEach(r -> groups.computeIfAbsent(r.since(), k -> new ArrayList<>()).add(r));
    return groups;
  }

  /** The categories to show as columns: every category, then {@code ""} when some record has none. */
  List<String> categories() {
    List<String> columns = new ArrayList<>();
    for (Category c : Category.values()) {
      columns.add(c.name());
    }
    if (results.stream().anyMatch(r -> r.category() == null)) {
      columns.add("");
    }
    return columns;
  }

  List<CheckResult> withStatus(CheckStatus status) {
    return results.stream().filter(r -> r.status() == status).toList();
  }
}
