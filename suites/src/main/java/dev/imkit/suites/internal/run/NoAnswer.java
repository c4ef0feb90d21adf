package dev.imkit.suites.internal.run;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The target gave no answer to a call: the connection was refused, reset or closed, or the answer did not come
 * within the timeout. A check that needed the answer fails naming it; checks are grouped by the operation.
 */
public final class NoAnswer extends UncheckedIOException {
  private final String operation;

  public NoAnswer(String operation, String message, IOException cause) {
    super(message, cause);
    this.operation = operation;
  }

  /** The operation that was not answered. */
  public String operation() {
    return operation;
  }
}
