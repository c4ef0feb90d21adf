package dev.imkit.generators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The code points free strings are made of, in ranges ordered from simplest to most exotic, each with a weight.
 * A choice is recorded as the index into the whole alphabet, so shrinking moves towards {@code a}.
 * ASCII letters dominate; Latin-1, Greek, Cyrillic and CJK give 2- and 3-byte UTF-8, emoji and CJK Extension B
 * give astral code points (surrogate pairs in UTF-16). No control characters, surrogates or noncharacters.
 */
final class Alphabet {
  private static final int PER_CODE_POINT = 48;
  static final Alphabet TEXT = new Alphabet(new int[][] {
      {'a', 'z', 30}, {'A', 'Z', 14}, {'0', '9', 10}, {' ', ' ', 4}, {'!', '/', 4}, {':', '@', 3},
      {'[', '`', 2}, {'{', '~', 2}, {0xC0, 0xD6, 3}, {0xD8, 0xF6, 3}, {0x391, 0x3A9, 3}, {0x3B1, 0x3C9, 2},
      {0x410, 0x44F, 3}, {0x4E00, 0x9FFF, 5}, {0x1F600, 0x1F64F, 5}, {0x20000, 0x2A6DF, 3}});

  private final int[] starts;
  private final int[] ends;
  private final int[] weights;
  private final long[] offsets;
  private final int totalWeight;
  private final int[] rangeOfWeight;
  private final long size;

  private Alphabet(int[][] ranges) {
    int n = ranges.length;
    starts = new int[n];
    ends = new int[n];
    weights = new int[n];
    offsets = new long[n];
    long at = 0;
    int w = 0;
    for (int i = 0; i < n; i++) {
      starts[i] = ranges[i][0];
      ends[i] = ranges[i][1];
      weights[i] = ranges[i][2];
      offsets[i] = at;
      at += ends[i] - starts[i] + 1;
      w += weights[i];
    }
    size = at;
    totalWeight = w;
    rangeOfWeight = new int[w];
    for (int i = 0, k = 0; i < n; i++) {
      for (int j = 0; j < weights[i]; j++) {
        rangeOfWeight[k++] = i;
      }
    }
  }

  /** The code points of this alphabet that satisfy {@code allowed}, keeping order and weights; may be empty. */
  Alphabet filter(IntPredicate allowed) {
    List<int[]> kept = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      int runStart = -1;
      for (int cp = starts[i]; cp <= ends[i] + 1; cp++) {
        boolean ok = cp <= ends[i] && allowed.test(cp);
        if (ok && runStart < 0) {
          runStart = cp;
        } else if (!ok && runStart >= 0) {
          kept.add(new int[] {runStart, cp - 1, Math.max(1, weights[i] * (cp - runStart) / (ends[i] - starts[i] + 1))});
          runStart = -1;
        }
      }
    }
    return new Alphabet(kept.toArray(new int[0][]));
  }

  boolean isEmpty() {
    return size == 0;
  }

  /**
   * A string of {@code n} code points. Short strings record each code point, so shrinking simplifies them one
   * by one; a long string records one seed instead (0 gives all {@code a}, the simplest), which keeps long
   * values cheap to make and to replay.
   */
  String string(Source source, int n) {
    int[] codePoints = new int[n];
    if (n <= PER_CODE_POINT || source.isTypical()) {
      for (int i = 0; i < n; i++) {
        codePoints[i] = next(source);
      }
    } else {
      long z = source.seed();
      if (z == 0) {
        Arrays.fill(codePoints, starts[0]);
      } else {
        for (int i = 0; i < n; i++) {
          z += 0x9E3779B97F4A7C15L;
          codePoints[i] = pick(mix(z));
        }
      }
    }
    return new String(codePoints, 0, n);
  }

  /** One code point: a weighted range, then uniform within it; recorded as the index in the alphabet. */
  int next(Source source) {
    if (source.isTypical()) {
      return typical(source.rawLong());
    }
    if (source.isReplaying()) {
      return at(source.uniform(size - 1));
    }
    long bits = source.rawLong();
    int range = rangeOf(bits);
    int local = local(bits, range);
    source.recordIndex(offsets[range] + local);
    return starts[range] + local;
  }

  /**
   * A letter or digit of this alphabet, as typical values have them (an identifier-like {@code k3Xa9}); the
   * simplest code point when it has none.
   */
  private int typical(long bits) {
    List<Integer> plain = plain();
    return plain.isEmpty() ? starts[0] : plain.get((int) Math.floorMod(bits, (long) plain.size()));
  }

  private volatile List<Integer> plain;

  private List<Integer> plain() {
    List<Integer> known = plain;
    if (known == null) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < starts.length; i++) {
        for (int cp = starts[i]; cp <= ends[i] && cp < 128; cp++) {
          if (Character.isLetterOrDigit(cp)) {
            out.add(cp);
          }
        }
      }
      known = List.copyOf(out);
      plain = known;
    }
    return known;
  }

  private int pick(long bits) {
    int range = rangeOf(bits);
    return starts[range] + local(bits, range);
  }

  private int rangeOf(long bits) {
    return rangeOfWeight[(int) (((bits >>> 32) * totalWeight) >>> 32)];
  }

  private int local(long bits, int range) {
    return (int) (((bits & 0xFFFF_FFFFL) * (ends[range] - starts[range] + 1)) >>> 32);
  }

  /** SplitMix64's finalizer: a well-mixed 64-bit value from a counter. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private int at(long index) {
    int i = Arrays.binarySearch(offsets, index);
    if (i < 0) {
      i = -i - 2;
    }
    return (int) (starts[i] + (index - offsets[i]));
  }
}
