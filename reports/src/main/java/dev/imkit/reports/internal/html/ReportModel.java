package dev.imkit.reports.internal.html;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.BaselineComparison;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The results as the report shows them: reclassified against the baseline, failures first, counted. */
final class ReportModel {
  static final List<String> CATEGORIES = List.of("PROTOCOL", "SCHEMA", "VALIDATION", "STATE", "IDEMPOTENCY",
      "PAGINATION", "REVISION", "SDK", "SECURITY");
  private static final List<CheckStatus> ORDER = List.of(CheckStatus.FAIL, CheckStatus.BLOCKED,
      CheckStatus.KNOWN, CheckStatus.ADVISORY, CheckStatus.SKIP, CheckStatus.PASS);

  final List<CheckResult> results;
  final Optional<BaselineComparison> comparison;
  final boolean finished;

  ReportModel(List<CheckResult> raw, Optional<Baseline> baseline, boolean finished) {
    List<CheckResult> classified = raw.stream().map(r -> baseline.map(b -> reclassify(r, b)).orElse(r))
        .sorted(Comparator.comparing((CheckResult r) -> ORDER.indexOf(r.status())).thenComparing(CheckResult::id))
        .toList();
    this.results = classified;
    this.comparison = baseline.map(b -> b.compare(raw));
    this.finished = finished;
  }

  /** A failure the baseline lists is known; one it does not list is new, whatever the run was told. */
  private static CheckResult reclassify(CheckResult r, Baseline baseline) {
    if (r.status() == CheckStatus.FAIL && baseline.contains(r.id())) {
      return r.withStatus(CheckStatus.KNOWN, r.message());
    }
    if (r.status() == CheckStatus.KNOWN && !baseline.contains(r.id())) {
      return r.withStatus(CheckStatus.FAIL, r.message());
    }
    return r;
  }

  static Map<CheckStatus, Integer> count(List<CheckResult> results) {
    Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
    for (CheckStatus s : CheckStatus.values()) {
      counts.put(s, 0);
    }
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  /** The verdict of the whole run. */
  String verdict() {
    return verdict(results);
  }

  /**
   * FAIL, PASS, or NO RESULTS: a run that checked nothing must not read as a pass. Nor may a run that did not
   * finish, since its missing checks never ran: it is INCOMPLETE unless what it recorded already fails. A run with
   * blocked checks is never a plain pass: it is BLOCKED (what was judged passed, but not everything was judged).
   */
  String verdict(List<CheckResult> some) {
    if (some.stream().anyMatch(r -> r.status() == CheckStatus.FAIL)) {
      return "FAIL";
    }
    if (!finished) {
      return "INCOMPLETE";
    }
    if (some.stream().allMatch(r -> r.status() == CheckStatus.SKIP)) {
      return "NO RESULTS";
    }
    return some.stream().anyMatch(r -> r.status() == CheckStatus.BLOCKED) ? "BLOCKED" : "PASS";
  }

  /** Results grouped by the revision their check applies from, oldest first; {@code ""} for unknown. */
  Map<String, List<CheckResult>> byRevision() {
    Map<String, List<CheckResult>> groups = new TreeMap<>();
    results.forEach(r -> groups.computeIfAbsent(r.since(), k -> new ArrayList<>()).add(r));
    return groups;
  }

  /** The categories to show as columns: the known ones in their usual order, then any others found. */
  List<String> categories() {
    List<String> columns = new ArrayList<>(CATEGORIES);
    results.stream().map(CheckResult::categoryName).filter(c -> !columns.contains(c)).distinct().sorted()
        .forEach(columns::add);
    return columns;
  }

  List<CheckResult> withStatus(CheckStatus status) {
    return results.stream().filter(r -> r.status() == status).toList();
  }
}
