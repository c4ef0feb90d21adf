package dev.imkit.suites.internal.checks.validation;

import dev.imkit.generators.api.Control;
import dev.imkit.reports.api.Cause;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Causes;

/**
 * A control as this run sent it: the input with its references bound to the run's resources, the answer, and
 * whether the target accepted it. When it could not be sent (a resource it names could not be made) it carries
 * that cause and no answer; when the target throttled it (after the run's retries) it carries the throttling as its
 * cause, and is not judged.
 *
 * @param control the control with the input as sent
 * @param answer the target's answer, or null when it was not sent
 * @param accepted whether the target accepted the valid input
 * @param cause why it was refused or could not be sent, else null
 * @param sendable whether it was sent at all and answered with something to judge
 */
record Sent(Control control, Exchange answer, boolean accepted, Cause cause, boolean sendable) {
  /** Whether the target throttled it: a passing condition, so the control is sent again when next needed. */
  boolean throttled() {
    return !accepted && answer != null && Causes.throttled(answer);
  }
}
