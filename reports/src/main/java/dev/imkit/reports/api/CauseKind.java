package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What kind of deviation a {@link Cause} is. */
@API(status = EXPERIMENTAL)
public enum CauseKind {
  /** The target does not implement an operation: it answers as for an unknown route or action. */
  OPERATION_MISSING,
  /** The target refused an input the contract allows (a control, a fixture, a valid boundary value). */
  VALID_INPUT_REFUSED,
  /** The target did not answer: a timeout, a reset connection, an answer that is not HTTP. */
  NO_ANSWER,
  /** The target answered a valid call with something the check could not use (a 5xx, a body without the id). */
  UNUSABLE_ANSWER,
  /** A rule of the contract broken (the cause of a failure, not of a blocked check). */
  RULE_BROKEN
}
