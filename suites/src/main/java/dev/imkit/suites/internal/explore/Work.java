package dev.imkit.suites.internal.explore;

import dev.imkit.suites.api.Shard;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.opentest4j.TestAbortedException;

/**
 * Hands out sequence numbers to workers until the budget is spent (time, requests, sequences), the caller has
 * enough, the run stops (a spent request budget, a stopping run) or a worker fails. Only the numbers of this
 * shard are handed out; a replay hands out its one number.
 */
final class Work {
  private final Budget budget;
  private final Shard shard;
  private final DefaultTarget target;
  private final long deadline;
  private final AtomicLong next;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final BooleanSupplier enough;

  Work(Budget budget, Shard shard, DefaultTarget target, long started, BooleanSupplier enough) {
    this.budget = budget;
    this.shard = shard;
    this.target = target;
    this.deadline = started + budget.duration().toNanos();
    this.next = new AtomicLong(budget.replay().orElse(0));
    this.enough = enough;
  }

  /** Runs {@code sequence} on each number handed out, until the work is over. */
  void loop(LongConsumer sequence) {
    guard(() -> {
      Long n;
      while ((n = take()) != null) {
        sequence.accept(n);
      }
    });
  }

  /** Runs {@code body} as a worker would: a spent budget stops, a failure is kept for {@link #rethrow}. */
  void guard(Runnable body) {
    try {
      body.run();
    } catch (TestAbortedException e) {
      stop.set(true); // the request budget is spent, or the run is stopping
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
      stop.set(true);
    }
  }

  /** The next sequence number of this shard, or null when the work is over. */
  private Long take() {
    while (!stop.get()) {
      if (System.nanoTime() > deadline || budget.requests() > 0 && target.requestsSent() >= budget.requests()
          || enough.getAsBoolean()) {
        break;
      }
      long n = next.getAndIncrement();
      if (budget.replay().isPresent()) {
        if (n != budget.replay().getAsLong()) {
          break;
        }
        return n;
      }
      if (!budget.allows(n)) {
        break;
      }
      if (shard.includes(n)) {
        return n;
      }
    }
    stop.set(true);
    return null;
  }

  /** Throws what a worker failed with, if one did. */
  void rethrow() {
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
