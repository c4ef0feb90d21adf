package dev.imkit.suites.internal.run;

import org.opentest4j.TestAbortedException;

/**
 * A check left out of the run (selection, profile, revision) before it started. Without a stack trace: it would
 * show only the JUnit engine's frames, and filling and pruning them cost as much as the rest of such a check (a
 * run with {@code imkit.only} skips hundreds).
 */
final class Skipped extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  Skipped(String reason) {
    super(reason);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
