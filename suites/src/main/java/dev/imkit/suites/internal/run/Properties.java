package dev.imkit.suites.internal.run;

import dev.imkit.suites.internal.session.Recorder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * Runs a property against the target: {@code tries} examples drawn with the check's seed (edge cases first, as
 * jqwik does), and on a failure a greedy shrink to a smaller example that still fails for the same reason.
 * The failure names the seed and a command that replays exactly this check.
 */
public final class Properties {
  private static final int SHRINK_STEPS = 40;
  private static final int CANDIDATES_PER_STEP = 8;
  /** Examples judged at once over the run, across the checks that run at once (see Settings.parallel). */
  private static final int IN_FLIGHT = 8;
  private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(
      IN_FLIGHT, r -> {
        Thread t = new Thread(r, "imkit-examples");
        t.setDaemon(true);
        return t;
      });
  private final CheckContext context;

  Properties(CheckContext context) {
    this.context = context;
  }

  /** The property: returns normally when {@code example} passes, throws {@link CheckFailure} when not. */
  @FunctionalInterface
  public interface Property<T> {
    void check(T example);
  }

  public <T> void forAll(Arbitrary<T> arbitrary, Property<T> property) {
    forAll(arbitrary, context.tries(), property);
  }

  /**
   * Draws the examples in order (so a seed gives the same ones), judges up to {@value #IN_FLIGHT} of them at a
   * time (examples are independent requests: the target answers them concurrently, as it would any clients), each
   * sent as soon as it is drawn while the next ones are drawn, and shrinks the first failing one, by draw order,
   * alone.
   */
  public <T> void forAll(Arbitrary<T> arbitrary, int tries, Property<T> property) {
    Random random = new Random(context.seed());
    RandomGenerator<T> generator = arbitrary.generator(1000);
    Iterator<Shrinkable<T>> edges = arbitrary.edgeCases(Math.max(1, tries / 3)).iterator();
    List<Shrinkable<T>> examples = new ArrayList<>(tries);
    List<Future<Throwable>> judged = new ArrayList<>(tries);
    Recorder.Recording recording = Recorder.current();
    for (int i = 0; i < tries; i++) {
      Shrinkable<T> example = draw(edges, generator, random, judged);
      examples.add(example);
      judged.add(tries == 1 ? CompletableFuture.completedFuture(outcome(property, example.value()))
          : POOL.submit(() -> {
            Recorder.adopt(recording);
            try {
              return outcome(property, example.value());
            } finally {
              Recorder.end();
            }
          }));
    }
    // an example that could not be judged (throttled, say) blocks the check only when no other example fails it
    Blocked blocked = null;
    for (int i = 0; i < examples.size(); i++) {
      Throwable outcome = outcome(judged.get(i));
      if (outcome instanceof CheckFailure failure) {
        throw replayable(shrink(property, examples.get(i), failure), i + 1);
      }
      if (outcome instanceof Blocked b) {
        blocked = blocked == null ? b : blocked;
        continue;
      }
      if (outcome instanceof RuntimeException e) {
        throw e;
      }
      if (outcome instanceof Error e) {
        throw e;
      }
    }
    if (blocked != null) {
      throw blocked;
    }
  }

  /** The next example; when drawing it fails, the examples already sent are answered before the failure leaves. */
  private static <T> Shrinkable<T> draw(Iterator<Shrinkable<T>> edges, RandomGenerator<T> generator, Random random,
      List<Future<Throwable>> sent) {
    try {
      return edges.hasNext() ? edges.next() : generator.next(random);
    } catch (RuntimeException | Error e) {
      sent.forEach(Properties::outcome);
      throw e;
    }
  }

  /** What judging one example on the pool threw (null when it passed). */
  private static Throwable outcome(Future<Throwable> judged) {
    try {
      return judged.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while judging examples", e);
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  /** What judging one example threw (null when it passed); a failure carries the example's own calls. */
  private static <T> Throwable outcome(Property<T> property, T example) {
    Throwable[] thrown = new Throwable[1];
    Recorder.Recording calls = Recorder.child(() -> {
      try {
        property.check(example);
      } catch (RuntimeException | Error e) {
        thrown[0] = e;
      }
    });
    return thrown[0] instanceof CheckFailure f ? f.withSequence(calls.exchanges()) : thrown[0];
  }

  private <T> CheckFailure shrink(Property<T> property, Shrinkable<T> start, CheckFailure first) {
    Shrinkable<T> current = start;
    CheckFailure failure = first;
    for (int step = 0; step < SHRINK_STEPS; step++) {
      boolean smaller = false;
      List<Shrinkable<T>> candidates = current.shrink().limit(CANDIDATES_PER_STEP).toList();
      for (Shrinkable<T> candidate : candidates) {
        CheckFailure f = failure(property, candidate.value());
        if (f != null) {
          current = candidate;
          failure = f;
          smaller = true;
          break;
        }
      }
      if (!smaller) {
        break;
      }
    }
    return failure;
  }

  /** The failure {@code example} shows; null when it passes or cannot be judged (not a smaller failure, then). */
  private static <T> CheckFailure failure(Property<T> property, T example) {
    Throwable outcome = outcome(property, example);
    if (outcome instanceof CheckFailure f) {
      return f;
    }
    if (outcome instanceof Blocked) {
      return null;
    }
    if (outcome instanceof RuntimeException e) {
      throw e;
    }
    if (outcome instanceof Error e) {
      throw e;
    }
    return null;
  }

  private CheckFailure replayable(CheckFailure failure, int tryNumber) {
    long seed = context.target().settings().seed();
    return failure.withMessage(failure.getMessage() + "\n(example " + tryNumber + ", shrunk; seed " + seed + ")");
  }

  /** A description of a generated example for messages. */
  public static <T> Function<T, String> describe() {
    return String::valueOf;
  }
}
