package dev.imkit.suites.internal.explore;

import java.util.Random;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import org.opentest4j.TestAbortedException;

/**
 * Draws and runs the sequences of an exploration: sequence {@code n} is drawn from a seed mixed from the run's
 * seed and {@code n}, so any machine draws the same one (shards, replays). Every run of a chain (a shrink
 * attempt too) is a fresh {@link Sequence}, cleaned up after it.
 */
final class SequenceRunner {
  private static final int GENERATION_SIZE = 1000;
  private final Context context;
  private final long seed;
  private final ThreadLocal<Sequence> started = new ThreadLocal<>();

  /** How a run of a chain ended: the sequence as it ran, and where it diverged (null: it did not). */
  record Outcome(Sequence sequence, Divergence divergence) {
  }

  SequenceRunner(Context context, long seed) {
    this.context = context;
    this.seed = seed;
  }

  /** The chain of sequence {@code n}, drawn, not yet run. */
  Shrinkable<ActionChain<Sequence>> draw(long n, boolean exclusive) {
    ActionChainArbitrary<Sequence> chains = Chains.of(context, () -> {
      Sequence s = new Sequence(context, n, exclusive);
      started.set(s);
      return s;
    });
    return chains.generator(GENERATION_SIZE).next(new Random(seedOf(n)));
  }

  /** The members an operation's input must have (a shrunk input keeps them). */
  java.util.List<String> requiredMembers(String operation) {
    return context.contract().shape(context.contract().operation(operation).input()).requiredMembers();
  }

  /** Whether {@code operation}'s input has a member {@code member}. */
  boolean takesMember(String operation, String member) {
    return context.contract().shape(context.contract().operation(operation).input()).members().containsKey(member);
  }

  /** The seed sequence {@code n} is drawn from. */
  long seedOf(long n) {
    long z = seed + 0x9E3779B97F4A7C15L * (n + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Runs the steps {@code draws} as sequence {@code n} (a shrink attempt: some steps of a run left out), and
   * cleans up after it.
   */
  Outcome replay(java.util.List<Draw> draws, long n, boolean exclusive) {
    Sequence s = new Sequence(context, n, exclusive);
    Divergence divergence = null;
    try {
      for (Draw d : draws) {
        s.perform(d);
      }
    } catch (Divergence d) {
      divergence = d;
    } finally {
      Cleanup.after(s, context);
    }
    return new Outcome(s, divergence);
  }

  /** Runs one chain and cleans up after it; a failure that is no divergence (a spent budget) goes on up. */
  Outcome run(ActionChain<Sequence> chain) {
    started.remove();
    Divergence divergence = null;
    try {
      chain.run();
    } catch (Throwable t) {
      divergence = Divergence.in(t);
      if (divergence == null) {
        cleanUp();
        throw unwrapped(t);
      }
    }
    Sequence ran = started.get();
    cleanUp();
    return new Outcome(ran, divergence);
  }

  private void cleanUp() {
    Sequence ran = started.get();
    started.remove();
    if (ran != null) {
      Cleanup.after(ran, context);
    }
  }

  /** What a step threw, without jqwik's wrapping (which lists the steps, as findings do). */
  private static RuntimeException unwrapped(Throwable t) {
    Throwable deepest = t;
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof TestAbortedException aborted) {
        return aborted;
      }
      deepest = c;
    }
    if (deepest instanceof RuntimeException e) {
      return e;
    }
    return new IllegalStateException(t.getMessage(), t);
  }
}
