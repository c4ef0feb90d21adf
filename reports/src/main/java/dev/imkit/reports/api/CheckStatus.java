package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How one check ended. Only {@link #FAIL} fails a run; a run with {@link #BLOCKED} checks is never a plain pass;
 * known failures and advisories are reported, not failed.
 */
@API(status = EXPERIMENTAL)
public enum CheckStatus {
  /** The target met the rule. */
  PASS,
  /** The target broke a MUST rule, and the failure is not in the baseline. */
  FAIL,
  /**
   * The check could not be judged because of another deviation of the target (a missing operation, a valid
   * input refused, no answer), which its {@link CheckResult#cause() cause} names.
   */
  BLOCKED,
  /** The check did not run (outside the profile, revision or selection), with its reason. */
  SKIP,
  /** The target broke a SHOULD rule: reported, never failing the run. */
  ADVISORY,
  /** The target broke a MUST rule that the baseline lists as a known failure. */
  KNOWN;

  /** Whether the check found the target departing from a rule, whatever the level or baseline. */
  public boolean isDeviation() {
    return this == FAIL || this == KNOWN || this == ADVISORY;
  }
}
