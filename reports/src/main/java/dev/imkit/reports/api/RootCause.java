package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.causes.Grouping;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One root cause of a run and the checks it accounts for: failures and blocked checks grouped by their record's
 * {@link Cause#key()}, or, for records without one, by what they have in common (a missing operation, a valid
 * input refused, one rule broken across operations, the same operation giving the same kind of answer).
 *
 * <pre>{@code
 * for (RootCause c : RootCause.of(results)) {          // biggest first
 *   System.out.println(c.size() + "  " + c.summary());
 * }
 * }</pre>
 *
 * @param key what identifies the cause, e.g. {@code missing:PutResourcePolicy} or {@code rule:PROTO-SUCCESS:200}
 * @param kind what kind of deviation it is
 * @param summary one line a maintainer reads
 * @param reportedBy the check that reports the cause as its own failure ({@code ""} if none)
 * @param failed the failing checks (new or known) it accounts for, in ID order
 * @param blocked the blocked checks it accounts for, in ID order
 * @param operations the primary operations of those checks, sorted
 */
@API(status = EXPERIMENTAL)
public record RootCause(String key, CauseKind kind, String summary, String reportedBy, List<String> failed,
    List<String> blocked, List<String> operations) {

  /** Copies the lists. */
  public RootCause {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    summary = summary == null ? "" : summary;
    reportedBy = reportedBy == null ? "" : reportedBy;
    failed = List.copyOf(failed);
    blocked = List.copyOf(blocked);
    operations = List.copyOf(operations);
  }

  /** The root causes of the failing (FAIL, KNOWN) and blocked records of a run, biggest first. */
  public static List<RootCause> of(List<CheckResult> results) {
    return Grouping.of(results);
  }

  /** How many checks it accounts for. */
  public int size() {
    return failed.size() + blocked.size();
  }
}
