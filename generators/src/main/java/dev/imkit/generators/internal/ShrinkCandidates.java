package dev.imkit.generators.internal;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Edits of a list of choices, most aggressive first: cut the tail, delete blocks, zero blocks, then lower single
 * choices. Each edit is replayed by the caller; edits that do not make the value smaller are dropped there.
 * A replay takes every choice past the end of its list as 0 ({@link Source#replay}), so trailing zeros say nothing:
 * edits that only cut or delete them would replay the very same value, and are not made. A large value shrunk to
 * its simplest (a map of 201 entries, thousands of zeros) otherwise replayed every such edit only to drop it.
 */
final class ShrinkCandidates {
  private static final int[] BLOCKS = {32, 8, 4, 2, 1};

  private ShrinkCandidates() {
  }

  static Stream<long[]> of(long[] c) {
    int end = meaningful(c);
    if (end == 0) {
      return Stream.empty();
    }
    Stream<Supplier<Stream<long[]>>> steps = Stream.of(
        () -> truncations(c, end),
        () -> Arrays.stream(BLOCKS).boxed().flatMap(k -> deletions(c, k, end)),
        () -> Arrays.stream(BLOCKS).boxed().flatMap(k -> zeroings(c, k)),
        () -> lowerings(c));
    return steps.flatMap(Supplier::get);
  }

  /** The length of {@code c} without its trailing zeros. */
  static int meaningful(long[] c) {
    int end = c.length;
    while (end > 0 && c[end - 1] == 0) {
      end--;
    }
    return end;
  }

  private static Stream<long[]> truncations(long[] c, int end) {
    int n = c.length;
    return IntStream.of(0, n / 4, n / 2, 3 * n / 4).filter(len -> len < end).distinct()
        .mapToObj(len -> Arrays.copyOf(c, len));
  }

  /** Deletions of blocks of {@code k}, from the end; a block that starts past {@code end} holds zeros only. */
  private static Stream<long[]> deletions(long[] c, int k, int end) {
    int n = c.length;
    return IntStream.iterate(n - k, i -> i >= 0, i -> i - k).filter(i -> i < end).mapToObj(i -> {
      long[] out = new long[n - k];
      System.arraycopy(c, 0, out, 0, i);
      System.arraycopy(c, i + k, out, i, n - i - k);
      return out;
    });
  }

  private static Stream<long[]> zeroings(long[] c, int k) {
    int n = c.length;
    return IntStream.iterate(0, i -> i + k <= n, i -> i + k).filter(i -> !allZero(c, i, k)).mapToObj(i -> {
      long[] out = c.clone();
      Arrays.fill(out, i, i + k, 0);
      return out;
    });
  }

  private static Stream<long[]> lowerings(long[] c) {
    return IntStream.range(0, c.length).filter(i -> c[i] > 1).boxed().flatMap(i -> Stream.of(c[i] / 2, c[i] - 1)
        .distinct().map(v -> {
          long[] out = c.clone();
          out[i] = v;
          return out;
        }));
  }

  private static boolean allZero(long[] c, int from, int k) {
    for (int i = from; i < from + k; i++) {
      if (c[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
