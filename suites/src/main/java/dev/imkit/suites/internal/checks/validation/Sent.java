package dev.imkit.suites.internal.checks.validation;

import dev.imkit.generators.api.Control;
import dev.imkit.reports.api.Cause;
import dev.imkit.suites.api.Exchange;

/**
 * A control as this run sent it: the input with its references bound to the run's resources, the answer, and
 * whether the target accepted it. When it could not be sent (a resource it names could not be made) it carries
 * that cause and no answer.
 *
 * @param control the control with the input as sent
 * @param answer the target's answer, or null when it was not sent
 * @param accepted whether the target accepted the valid input
 * @param cause why it was refused or could not be sent, else null
 * @param sendable whether it was sent at all
 */
record Sent(Control control, Exchange answer, boolean accepted, Cause cause, boolean sendable) {
}
