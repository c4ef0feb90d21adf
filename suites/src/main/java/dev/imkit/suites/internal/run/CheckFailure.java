package dev.imkit.suites.internal.run;

import dev.imkit.reports.api.Cause;
import dev.imkit.suites.api.Exchange;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * The target departs from the contract. The message names the operation, the rule, and what the target
 * answered; the failure carries the exchange it rests on, and may carry the calls of the example that failed and
 * a root cause that other checks share.
 */
public final class CheckFailure extends AssertionFailedError {
  private static final long serialVersionUID = 1L;
  private final transient Exchange exchange;
  private final transient List<Exchange> sequence;
  private final transient Cause cause;
  private final List<String> after;

  public CheckFailure(String message) {
    this(message, null, null, null, List.of());
  }

  public CheckFailure(String message, Exchange exchange) {
    this(message, exchange, null, null, List.of());
  }

  private CheckFailure(String message, Exchange exchange, List<Exchange> sequence, Cause cause, List<String> after) {
    super(message);
    this.exchange = exchange;
    this.sequence = sequence == null ? null : List.copyOf(sequence);
    this.cause = cause;
    this.after = List.copyOf(after);
  }

  /** {@code operation: rule: expected; the target answered <status, error, body>}. */
  public static CheckFailure of(Exchange answer, String rule, String expected) {
    String op = answer.operation() == null ? answer.method() + " " + answer.uri() : answer.operation();
    return new CheckFailure(op + ": " + rule + ": " + expected + "; the target answered " + answer.answerLine(),
        answer);
  }

  /** The exchange the verdict rests on, or null when the failure names none. */
  public Exchange exchange() {
    return exchange;
  }

  /** The calls of the failing example, in order, or null when the check's whole recording applies. */
  public List<Exchange> sequence() {
    return sequence;
  }

  /** The root cause this failure reports, or null. */
  public Cause rootCause() {
    return cause;
  }

  /** A copy with another message (e.g. with the seed and replay appended). */
  public CheckFailure withMessage(String message) {
    return new CheckFailure(message, exchange, sequence, cause, after);
  }

  /** A copy carrying the calls of the example that failed. */
  public CheckFailure withSequence(List<Exchange> calls) {
    return new CheckFailure(getMessage(), exchange, calls, cause, after);
  }

  /**
   * The checks its replay must run before it: a check judging an answer another check provoked (the run's
   * error ledger) fails again only with that check.
   */
  public List<String> replayAfter() {
    return after;
  }

  /** A copy whose replay runs {@code checkId} first (the check that provoked the answer it rests on). */
  public CheckFailure withReplayAfter(String checkId) {
    List<String> more = new java.util.ArrayList<>(after);
    more.add(checkId);
    return new CheckFailure(getMessage(), exchange, sequence, cause, more);
  }

  /** A copy that reports {@code rootCause}, which blocked checks may share. */
  public CheckFailure withCause(Cause rootCause) {
    return new CheckFailure(getMessage(), exchange, sequence, rootCause, after);
  }
}
