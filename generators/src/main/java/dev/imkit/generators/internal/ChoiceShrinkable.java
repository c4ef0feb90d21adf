package dev.imkit.generators.internal;

import java.util.stream.Stream;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;

/**
 * A generated value with the choices that made it. Shrinking edits the choices and replays them with the same
 * program, so every shrunk value is made by the same generator and keeps its kind (see {@link Source}).
 */
final class ChoiceShrinkable<T> implements Shrinkable<T> {
  private final Program<T> program;
  private final long[] choices;
  private T first;

  ChoiceShrinkable(Program<T> program, long[] choices, T value) {
    this.program = program;
    this.choices = choices;
    this.first = value;
  }

  /** Runs {@code program} on {@code source}, keeping the choices it took. */
  static <T> ChoiceShrinkable<T> run(Program<T> program, Source source) {
    T value = program.run(source);
    return new ChoiceShrinkable<>(program, source.taken(), value);
  }

  /**
   * The value. Values are mutable JSON trees a property may change, so only the first call hands out the
   * generated instance; later calls rebuild an equal one from the choices.
   */
  @Override
  public T value() {
    T v = first;
    if (v != null) {
      first = null;
      return v;
    }
    return program.run(Source.replay(choices));
  }

  @Override
  public Stream<Shrinkable<T>> shrink() {
    return ShrinkCandidates.of(choices)
        .map(candidate -> run(program, Source.replay(candidate)))
        .filter(s -> s.isSmallerThan(this))
        .map(s -> (Shrinkable<T>) s);
  }

  @Override
  public ShrinkingDistance distance() {
    return ShrinkingDistance.of(choices.length, sum(choices));
  }

  private boolean isSmallerThan(ChoiceShrinkable<T> other) {
    if (choices.length != other.choices.length) {
      return choices.length < other.choices.length;
    }
    return sum(choices) < sum(other.choices);
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += Math.min(v, Long.MAX_VALUE / 2 / Math.max(1, values.length));
    }
    return s;
  }

  @Override
  public String toString() {
    return "ChoiceShrinkable<" + choices.length + " choices>";
  }
}
