package dev.imkit.reports.internal.causes;

import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.RootCause;
import dev.imkit.reports.internal.Text;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Groups a run's failing and blocked records by root cause, biggest group first. */
public final class Grouping {
  private static final int EXAMPLE = 200;

  private Grouping() {
  }

  public static List<RootCause> of(List<CheckResult> results) {
    List<CheckResult> relevant = results.stream().filter(r -> r.status() == CheckStatus.FAIL
        || r.status() == CheckStatus.KNOWN || r.status() == CheckStatus.BLOCKED).toList();
    Map<String, Cause> byReporter = new HashMap<>();
    relevant.stream().map(CheckResult::cause).filter(c -> c != null && !c.reportedBy().isEmpty())
        .forEach(c -> byReporter.putIfAbsent(c.reportedBy(), c));
    Map<CheckResult, Derived> derived = new IdentityHashMap<>();
    Map<String, Integer> votes = new HashMap<>();
    for (CheckResult r : relevant) {
      if (r.cause() == null && !byReporter.containsKey(r.id())) {
        Derived d = Derived.of(r);
        derived.put(r, d);
        votes.merge(d.byRule().key(), 1, Integer::sum);
        if (!d.byOperation().key().equals(d.byRule().key())) {
          votes.merge(d.byOperation().key(), 1, Integer::sum);
        }
      }
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (CheckResult r : relevant) {
      Cause cause = r.cause() != null ? r.cause() : byReporter.get(r.id());
      if (cause != null) {
        groups.computeIfAbsent(cause.key(), k -> new Group(k, cause.kind(), cause.summary(), cause.reportedBy()))
            .add(r);
      } else {
        Derived.Candidate c = choose(r, derived.get(r), votes);
        groups.computeIfAbsent(c.key(), k -> new Group(k, c.kind(), c.what(), "")).add(r);
      }
    }
    return groups.values().stream().map(Group::toRootCause)
        .sorted(Comparator.comparingInt(RootCause::size).reversed()
            .thenComparing(Comparator.comparingInt((RootCause c) -> c.failed().size()).reversed())
            .thenComparing(RootCause::key))
        .toList();
  }

  /** The fixed cause, else the bigger of the two groups (the rule's on a tie); a group of one is the check's own. */
  private static Derived.Candidate choose(CheckResult r, Derived d, Map<String, Integer> votes) {
    if (d.fixed().isPresent()) {
      return d.fixed().get();
    }
    int rule = votes.get(d.byRule().key());
    int operation = votes.get(d.byOperation().key());
    if (Math.max(rule, operation) < 2) {
      return new Derived.Candidate("check:" + r.id(), CauseKind.RULE_BROKEN, r.id());
    }
    return rule >= operation ? d.byRule() : d.byOperation();
  }

  /** The records of one cause, as they are added. */
  private static final class Group {
    private final String key;
    private final CauseKind kind;
    private final String what;
    private final String reportedBy;
    private final TreeSet<String> failed = new TreeSet<>();
    private final TreeSet<String> blocked = new TreeSet<>();
    private final TreeSet<String> operations = new TreeSet<>();
    private String example = "";

    Group(String key, CauseKind kind, String what, String reportedBy) {
      this.key = key;
      this.kind = kind;
      this.what = what;
      this.reportedBy = reportedBy;
    }

    void add(CheckResult r) {
      (r.status() == CheckStatus.BLOCKED ? blocked : failed).add(r.id());
      if (!Derived.primary(r).isEmpty()) {
        operations.add(Derived.primary(r));
      }
      if (example.isEmpty() && r.status() != CheckStatus.BLOCKED) {
        example = r.message();
      }
    }

    RootCause toRootCause() {
      return new RootCause(key, kind, summary(), reportedBy, List.copyOf(failed), List.copyOf(blocked),
          List.copyOf(operations));
    }

    /** A cause's own summary as it is; a derived group's says how far it reaches and gives an example. */
    private String summary() {
      if (!key.startsWith("rule:") && !key.startsWith("answer:") && !key.startsWith("check:")) {
        return what;
      }
      String one = example.replaceAll("\\s+", " ").strip();
      String cut = Text.cut(one, EXAMPLE);
      if (key.startsWith("check:")) {
        return cut;
      }
      String reach = key.startsWith("rule:") ? " on " + operations.size() + " operation"
          + (operations.size() == 1 ? "" : "s") : " to " + (failed.size() + blocked.size()) + " checks";
      return what + reach + (cut.isEmpty() ? "" : ", e.g. " + cut);
    }
  }
}
