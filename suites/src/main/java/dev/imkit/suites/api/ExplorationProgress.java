package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * How far a differential exploration ({@link Exploration}) is: sequences run, steps judged, requests sent (to
 * both sides), findings so far.
 *
 * @param sequences sequences run (shrink attempts not counted)
 * @param steps steps judged, shrink attempts included
 * @param requests requests sent to the target and the reference
 * @param targetRequests requests sent to the target
 * @param findings distinct findings so far
 * @param elapsed time since the exploration began
 */
@API(status = EXPERIMENTAL)
public record ExplorationProgress(long sequences, long steps, long requests, long targetRequests, int findings,
    Duration elapsed) {

  /** Steps judged per second. */
  public double stepsPerSecond() {
    return perSecond(steps);
  }

  /** Requests (both sides) per second. */
  public double requestsPerSecond() {
    return perSecond(requests);
  }

  private double perSecond(long n) {
    long millis = elapsed.toMillis();
    return millis <= 0 ? 0 : n * 1000.0 / millis;
  }

  /** {@code 1,204 sequences, 14,310 steps (2,861/s), 5,712 requests/s, 2 findings, 5s}. */
  public String line() {
    long s = elapsed.toSeconds();
    String time = s < 60 ? s + "s" : s / 60 + "m" + String.format("%02d", s % 60) + "s";
    return String.format("%,d sequences, %,d steps (%,.0f/s), %,.0f requests/s, %d finding%s, %s", sequences, steps,
        stepsPerSecond(), requestsPerSecond(), findings, findings == 1 ? "" : "s", time);
  }
}
