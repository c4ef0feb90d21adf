package dev.imkit.suites.internal.run;

import org.opentest4j.TestAbortedException;

/**
 * The target is within the contract, but a client would fare worse than it could: reported as an ADVISORY, never
 * failing the run, whatever the check's level (a legal error form an SDK does not read).
 */
public final class Advisory extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  public Advisory(String message) {
    super(message);
  }
}
