package dev.imkit.suites.internal.explore;

import dev.imkit.reports.api.Level;

/**
 * The target answered a step otherwise than the reference, on something the contract fixes: ends the sequence.
 * The finding's ID names the comparison, the operation and what differed, so one cause is one finding however
 * many sequences show it.
 */
final class Divergence extends AssertionError {
  private static final long serialVersionUID = 1L;
  private final transient Comparison comparison;
  private final transient Level level;
  private final String findingId;
  private final transient Step step;
  private final String detail;

  Divergence(Comparison comparison, Level level, String operation, String what, String summary, Step step,
      String detail) {
    super(summary);
    this.comparison = comparison;
    this.level = level;
    this.findingId = "STATE-EXPLORE-" + comparison.idPart() + "-" + operation + (what.isEmpty() ? "" : "-" + what);
    this.step = step;
    this.detail = detail;
  }

  Comparison comparison() {
    return comparison;
  }

  Level level() {
    return level;
  }

  /** The stable ID of the finding, e.g. {@code STATE-EXPLORE-LISTED-ListResponsePlans-extra}. */
  String findingId() {
    return findingId;
  }

  /** The step it rests on. */
  Step step() {
    return step;
  }

  /** Both sides' answers (or the values) at the divergence, for the finding. */
  String detail() {
    return detail;
  }

  /** The divergence in {@code t}'s cause chain (jqwik wraps what a step throws), or null. */
  static Divergence in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof Divergence d) {
        return d;
      }
    }
    return null;
  }
}
