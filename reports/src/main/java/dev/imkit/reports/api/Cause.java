package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.Text;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The root cause of a failure or of a blocked check. Records with the same {@code key} share one cause: the
 * report groups them, biggest first.
 *
 * <pre>{@code
 * new Cause("missing:PutResourcePolicy", CauseKind.OPERATION_MISSING,
 *     "PutResourcePolicy is not implemented: it answered 404 UnknownOperationException", "PROTO-SUCCESS-PutResourcePolicy");
 * }</pre>
 *
 * @param key what identifies the cause across checks, e.g. {@code missing:PutResourcePolicy} or
 *     {@code refused:VAL-CONTROL-StartIncident}
 * @param kind what kind of deviation it is
 * @param summary one line a maintainer reads: the operation, what was sent, what came back
 * @param reportedBy the ID of the check that reports this cause as its own failure ({@code ""} if none does)
 */
@API(status = EXPERIMENTAL)
public record Cause(String key, CauseKind kind, String summary, String reportedBy) {

  /** Null text becomes empty, half characters U+FFFD. */
  public Cause {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    summary = Text.wellFormed(summary);
    reportedBy = reportedBy == null ? "" : reportedBy;
  }
}
