package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How binding a check is: stated by the model or docs, or inferred from the real service. */
@API(status = EXPERIMENTAL)
public enum Level {
  /** The model or the documentation states the rule: a failure fails the run. */
  MUST,
  /** Inferred behaviour: a failure is reported as an advisory and never fails the run. */
  SHOULD
}
