package dev.imkit.suites.internal.checks.protocol;

import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.CheckContext;

/**
 * What a wire check can judge of an answer: an operation the target does not have answers nothing about its
 * bindings or its errors, so such a check is blocked by the missing operation, which PROTO-SUCCESS reports. An
 * operation that answered any call of the run with success is there, whatever this answer says.
 */
final class Bound {
  private Bound() {
  }

  /**
   * Throws {@link Blocked} when {@code answer} is a server error (5xx, after the run's retries) and the operation's
   * base control got one too: a server error says nothing of how the call was bound.
   */
  static void serverError(CheckContext context, Exchange answer, Operation op) {
    if (answer.status() >= 500) {
      BaseControls.blockIfKnown(context.target(), op.name(), answer);
    }
  }

  /** Throws {@link Blocked} when {@code answer} shows {@code op} missing. */
  static void served(CheckContext context, Exchange answer, Operation op) {
    if (Causes.missingInRun(context.target(), op.name(), answer)) {
      throw new Blocked(Causes.missing(op.name(), answer));
    }
  }
}
