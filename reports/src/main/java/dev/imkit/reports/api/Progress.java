package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The state of a run after one more check finished, for a live progress line.
 *
 * @param done how many checks finished so far
 * @param failed how many of them failed (status {@link CheckStatus#FAIL})
 * @param elapsed time since the run started
 * @param last the check that just finished
 */
@API(status = EXPERIMENTAL)
public record Progress(int done, int failed, Duration elapsed, CheckResult last) {

  /** One short line, e.g. {@code 120 done, 3 failed, 14s}. */
  public String line() {
    return done + " done, " + failed + " failed, " + elapsed.toSeconds() + "s";
  }
}
