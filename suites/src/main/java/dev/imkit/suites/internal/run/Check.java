package dev.imkit.suites.internal.run;

import dev.imkit.suites.api.CheckInfo;

/**
 * A check: what it is, what it does, whether it may run alongside its neighbours (it shares nothing with them that
 * running at the same time could change: the VALIDATION checks but those changing the one replication set), and
 * whether it judges the form of whatever answer comes (headers, error envelopes, throttling itself), so that an
 * answer throttled after the run's retries is a finding of it like any other; for every other check such an
 * answer cannot be judged, and blocks it.
 */
public record Check(CheckInfo info, CheckBody body, boolean alongside, boolean anyAnswer) {

  /** A check that runs alone, and that a throttled answer cannot be judged by. */
  public Check(CheckInfo info, CheckBody body) {
    this(info, body, false, false);
  }

  /** This check, free to run alongside its neighbours. */
  public Check runsAlongside() {
    return new Check(info, body, true, anyAnswer);
  }

  /** This check, which judges the form of any answer, a throttled one included. */
  public Check judgingAnyAnswer() {
    return new Check(info, body, alongside, true);
  }

  /** The body of a check: returns normally when the target conforms, throws {@link CheckFailure} when not. */
  @FunctionalInterface
  public interface CheckBody {
    void run(CheckContext context) throws Exception;
  }
}
