package dev.imkit.suites.internal.run;

import dev.imkit.suites.api.Exchange;
import org.opentest4j.AssertionFailedError;

/**
 * The target departs from the contract. The message names the operation, the rule, and what the target
 * answered.
 */
public final class CheckFailure extends AssertionFailedError {
  private static final long serialVersionUID = 1L;

  public CheckFailure(String message) {
    super(message);
  }

  /** {@code operation: rule: expected; the target answered <status, error, body>}. */
  public static CheckFailure of(Exchange answer, String rule, String expected) {
    String op = answer.operation() == null ? answer.method() + " " + answer.uri() : answer.operation();
    return new CheckFailure(op + ": " + rule + ": " + expected + "; the target answered " + answer.answerLine());
  }
}
