package dev.imkit.suites.internal.run;

import dev.imkit.suites.api.CheckInfo;

/**
 * A check: what it is, what it does, and whether it may run alongside its neighbours (it shares nothing with
 * them that running at the same time could change: the VALIDATION checks but those changing the one replication
 * set).
 */
public record Check(CheckInfo info, CheckBody body, boolean alongside) {

  /** A check that runs alone. */
  public Check(CheckInfo info, CheckBody body) {
    this(info, body, false);
  }

  /** This check, free to run alongside its neighbours. */
  public Check runsAlongside() {
    return new Check(info, body, true);
  }

  /** The body of a check: returns normally when the target conforms, throws {@link CheckFailure} when not. */
  @FunctionalInterface
  public interface CheckBody {
    void run(CheckContext context) throws Exception;
  }
}
