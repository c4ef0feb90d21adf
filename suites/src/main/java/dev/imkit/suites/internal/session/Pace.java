package dev.imkit.suites.internal.session;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.opentest4j.TestAbortedException;

/**
 * Keeps a run polite: at most {@code rate} requests per second (a token bucket of one second's burst; 0 = no
 * limit) and at most {@code budget} requests in all (0 = no limit). A check that would go over the budget is
 * skipped, with the budget named, rather than sent.
 */
final class Pace {
  private final double rate;
  private final long budget;
  private final AtomicLong spent = new AtomicLong();
  private double tokens;
  private long last = System.nanoTime();

  Pace(double rate, long budget) {
    this.rate = rate;
    this.budget = budget;
    this.tokens = rate;
  }

  /** Waits for a token and takes one request from the budget. */
  void acquire() {
    if (budget > 0 && spent.incrementAndGet() > budget) {
      throw new TestAbortedException("the run's request budget (imkit.request-budget=" + budget
          + ") is spent: this check could not run");
    }
    if (rate <= 0) {
      return;
    }
    long waitNanos;
    synchronized (this) {
      long now = System.nanoTime();
      tokens = Math.min(rate, tokens + (now - last) / 1e9 * rate);
      last = now;
      tokens -= 1;
      waitNanos = tokens >= 0 ? 0 : (long) (-tokens / rate * 1e9);
    }
    if (waitNanos > 0) {
      LockSupport.parkNanos(waitNanos);
    }
  }
}
