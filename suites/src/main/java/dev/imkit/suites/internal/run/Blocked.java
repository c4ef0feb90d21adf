package dev.imkit.suites.internal.run;

import dev.imkit.reports.api.Cause;
import org.opentest4j.TestAbortedException;

/**
 * The check cannot be judged because of another deviation of the target, its {@link Cause}: an operation it
 * needs is missing, a valid input it builds on was refused, the target did not answer. Reported as BLOCKED
 * (a skipped test whose reason names the cause), never as a pass and never as a plain skip.
 */
public final class Blocked extends TestAbortedException {
  private static final long serialVersionUID = 1L;
  private final transient Cause cause;

  public Blocked(Cause cause) {
    super("BLOCKED by " + cause.summary() + (cause.reportedBy().isEmpty() ? "" : " (" + cause.reportedBy() + ")"));
    this.cause = cause;
  }

  public Cause rootCause() {
    return cause;
  }
}
