package dev.imkit.suites.internal.run;

import java.util.Iterator;
import java.util.List;
import java.util.Random;
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

  public <T> void forAll(Arbitrary<T> arbitrary, int tries, Property<T> property) {
    Random random = new Random(context.seed());
    RandomGenerator<T> generator = arbitrary.generator(1000);
    Iterator<Shrinkable<T>> edges = arbitrary.edgeCases(Math.max(1, tries / 3)).iterator();
    for (int i = 0; i < tries; i++) {
      Shrinkable<T> example = edges.hasNext() ? edges.next() : generator.next(random);
      CheckFailure failure = failure(property, example.value());
      if (failure != null) {
        throw replayable(shrink(property, example, failure), i + 1);
      }
    }
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

  private static <T> CheckFailure failure(Property<T> property, T example) {
    try {
      property.check(example);
      return null;
    } catch (CheckFailure f) {
      return f;
    }
  }

  private CheckFailure replayable(CheckFailure failure, int tryNumber) {
    long seed = context.target().settings().seed();
    String id = context.info().id();
    return new CheckFailure(failure.getMessage() + "\n(example " + tryNumber + ", shrunk; seed " + seed
        + "; replay: ./imkit run --only " + id + " --seed " + seed + "  or  mvn test -Dimkit.only=" + id
        + " -Dimkit.seed=" + seed + ")");
  }

  /** A description of a generated example for messages. */
  public static <T> Function<T, String> describe() {
    return String::valueOf;
  }
}
