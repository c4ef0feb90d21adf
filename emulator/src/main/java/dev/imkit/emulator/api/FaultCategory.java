package dev.imkit.emulator.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kind of conformance check a {@link Fault} is meant to trip, one per check category of imkit. */
@API(status = EXPERIMENTAL)
public enum FaultCategory {
  /** Status codes, error envelope, headers, content type, query and label bindings. */
  PROTOCOL,
  /** Response and error bodies against their schemas. */
  SCHEMA,
  /** Rejection of inputs that break a rule of the contract. */
  VALIDATION,
  /** What is written is what is read. */
  STATE,
  /** Client tokens. */
  IDEMPOTENCY,
  /** Page sizes and tokens. */
  PAGINATION,
  /** Behaviour that changed between model revisions. */
  REVISION,
  /** What the AWS SDK needs to parse an answer. */
  SDK,
  /** Authentication. */
  SECURITY
}
