package dev.imkit.generators.internal;

import java.util.random.RandomGenerator;

/**
 * Lets RgxGen draw from a {@link Source}, so strings it builds are recorded and replayed like any other
 * choice. RgxGen only asks for bounded ints and booleans; answering 0 gives its simplest string.
 */
final class SourceRandom implements RandomGenerator {
  private final Source source;

  SourceRandom(Source source) {
    this.source = source;
  }

  @Override
  public int nextInt(int bound) {
    return source.pick(bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    return origin + source.pick(bound - origin);
  }

  @Override
  public boolean nextBoolean() {
    return source.pick(2) == 1;
  }

  @Override
  public long nextLong() {
    return ((long) source.pick(1 << 30) << 34) ^ ((long) source.pick(1 << 30) << 4) ^ source.pick(16);
  }
}
