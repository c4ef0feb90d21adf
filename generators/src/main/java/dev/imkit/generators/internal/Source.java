package dev.imkit.generators.internal;

import java.util.Arrays;
import java.util.Random;

/**
 * Where every generator takes its choices from. Each choice is recorded as an offset from the simplest value
 * (0 = shortest length, first enum value, member absent...), so a value is fully described by its list of
 * offsets. Shrinking edits that list and replays it: a replayed offset is clamped into the range asked for,
 * and past the end of the list every choice is the simplest, or, for a "full" edge case, the fullest simple one
 * (see {@link #full(int, boolean)}). Because each generator maps any offset into its own range, any replay yields a value
 * of the same kind: a valid value stays valid and an invalid one stays broken in the same way.
 */
public final class Source {
  private static final int LONG_TEXT = 16;
  private static final int TEXT_CAP = 24;
  private static final int COUNT_CAP = 4;
  private static final long[] NONE = new long[0];

  /** Ordinary values ask for this length where their range allows it: readable, neither empty nor long. */
  static final int TYPICAL_LENGTH = 12;

  private final Random random;
  private final Random typical;
  private final long[] script;
  private final int fullMember;
  private final boolean fullModulo;
  private final boolean recording;
  private int cursor;
  /** Allocated at the first choice recorded: forks record nothing, and a shrink makes thousands of them. */
  private long[] taken = NONE;
  private int size;

  private Source(Random random, long[] script, int fullMember, boolean fullModulo, boolean recording) {
    this(random, null, script, fullMember, fullModulo, recording);
  }

  private Source(Random random, Random typical, long[] script, int fullMember, boolean fullModulo,
      boolean recording) {
    this.random = random;
    this.typical = typical;
    this.script = script;
    this.fullMember = fullMember;
    this.fullModulo = fullModulo;
    this.recording = recording;
  }

  /** Fresh random choices, recorded. */
  public static Source random(Random random) {
    return new Source(random, null, -1, false, true);
  }

  /** Replays recorded offsets; past their end, every choice is the simplest. */
  public static Source replay(long[] script) {
    return new Source(null, script, -1, false, true);
  }

  /**
   * The choices of a "full" value: every optional member present, strings at their longest, lists and maps
   * with one entry (or their minimum), everything else the simplest, and in each union of n members, member
   * {@code min(k, n - 1)}, or with {@code modulo}, member {@code k mod n}. Over k = 0, 1, 2... both series reach
   * every member, and every string boundary however deep, at a bounded size.
   */
  public static Source full(int k, boolean modulo) {
    return new Source(null, new long[0], k, modulo, true);
  }

  /**
   * The choices of a typical value, the kind a client sends every day: optional members left out, the first
   * union member and enum value, one item per list and map (or the minimum), strings of
   * {@value #TYPICAL_LENGTH} characters where allowed, integers in the middle of their range, characters drawn
   * from {@code seed}. Never an edge value where the range allows another.
   */
  public static Source typical(long seed) {
    return new Source(null, new Random(seed), new long[0], -1, false, false);
  }

  /** Whether this source makes typical values ({@link #typical(long)}). */
  boolean isTypical() {
    return typical != null;
  }

  /** A deterministic source that records nothing, for fallbacks that must not depend on replayed offsets. */
  Source fork(long salt) {
    long seed = salt * 0x9E3779B97F4A7C15L + size * 31L;
    return typical != null ? typical(seed) : new Source(new Random(seed), null, -1, false, false);
  }

  /** A uniform index in {@code [0, n)} (multiply-shift: no division, a bias below n / 2^32). */
  public int pick(int n) {
    if (n <= 1 || typical != null) {
      return 0;
    }
    long off = random != null ? ((random.nextInt() & 0xFFFF_FFFFL) * n) >>> 32 : replayed(n - 1L, 0);
    return (int) record(off);
  }

  /** A union member's index in {@code [0, n)}, uniformly. */
  public int member(int n) {
    if (n <= 1 || random != null) {
      return pick(n);
    }
    return (int) record(replayed(n - 1L, fullModulo ? fullMember % n : Math.max(0, fullMember)));
  }

  /** True with probability {@code percent}/100 when random; replays as 0 (false) or 1 (true). */
  public boolean chance(int percent) {
    if (typical != null) {
      return false;
    }
    long off = random != null ? (random.nextInt(100) < percent ? 1 : 0) : replayed(1, 1);
    return record(off) == 1;
  }

  /**
   * A string length in {@code [lo, hi]}: {@code lo} one time in twenty, {@code hi} as often for short ranges
   * and one time in fifty past 16 (long values cost most, and the "full" edge cases put every string at its
   * maximum anyway), log-uniform over the range now and then, otherwise short.
   */
  public int length(int lo, int hi) {
    if (typical != null) {
      return Math.max(lo, Math.min(hi, TYPICAL_LENGTH));
    }
    boolean longRange = (long) hi - lo > LONG_TEXT;
    return sized(lo, hi, TEXT_CAP, longRange ? 2 : 5, longRange ? 5 : 8, hi);
  }

  /** A list or map size in {@code [lo, hi]}: each bound one time in twenty, otherwise mostly small. */
  public int count(int lo, int hi) {
    if (typical != null) {
      return Math.max(lo, Math.min(hi, 1));
    }
    return sized(lo, hi, COUNT_CAP, 5, 8, Math.min(hi, Math.max(lo, 1)));
  }

  /**
   * The size of a list or map on the way to a broken site, which only hosts it: small, with no pull towards
   * the maximum (the container's own boundaries are exercised by valid inputs and by its own rule sites).
   */
  public int hostCount(int lo, int hi) {
    if (typical != null) {
      return Math.max(lo, Math.min(hi, 1));
    }
    return sized(lo, hi, COUNT_CAP, 0, 0, Math.min(hi, Math.max(lo, 1)));
  }

  /** An offset in {@code [0, span]}: 0 often, the largest one time in ten, small values mostly. */
  public long offset(long span, int zeroPercent) {
    if (span <= 0) {
      return 0;
    }
    if (typical != null) {
      return span / 2;
    }
    long off;
    if (random == null) {
      off = replayed(span, 0);
    } else {
      int r = random.nextInt(100);
      if (r < zeroPercent) {
        off = 0;
      } else if (r < zeroPercent + 10) {
        off = span;
      } else if (r < zeroPercent + 40) {
        off = logUniform(span);
      } else {
        off = Math.floorMod(random.nextLong(), Math.min(span, 16) + 1);
      }
    }
    return record(off);
  }

  /** A uniform value in {@code [0, span]}. */
  public long uniform(long span) {
    if (span <= 0) {
      return 0;
    }
    if (typical != null) {
      return span / 2;
    }
    long off = random != null ? uniformOffset(span) : replayed(span, 0);
    return record(off);
  }

  /** A seed for a long run of values derived from it: any non-negative long, 0 meaning "simplest". */
  long seed() {
    if (typical != null) {
      return (typical.nextLong() >>> 1) | 1;
    }
    long off = random != null ? random.nextLong() >>> 1 : replayed(Long.MAX_VALUE, 0);
    return record(off);
  }

  /** Whether choices come from a recorded script rather than from randomness. */
  boolean isReplaying() {
    return random == null && typical == null;
  }

  /** 64 unrecorded random bits; only when not replaying. */
  long rawLong() {
    return typical != null ? typical.nextLong() : random.nextLong();
  }

  /** Records a choice made from unrecorded randomness, so that a replay gives it back. */
  void recordIndex(long offset) {
    record(offset);
  }

  /** The offsets taken so far. */
  public long[] taken() {
    return Arrays.copyOf(taken, size);
  }

  private int sized(int lo, int hi, int cap, int hiPercent, int logPercent, int full) {
    if (hi <= lo) {
      return lo;
    }
    long span = (long) hi - lo;
    long off;
    if (random == null) {
      off = replayed(span, full - lo);
    } else {
      int r = random.nextInt(100);
      if (r < 5) {
        off = 0;
      } else if (r < 5 + hiPercent) {
        off = span;
      } else if (r < 5 + hiPercent + logPercent) {
        off = logUniform(span);
      } else {
        off = random.nextInt((int) Math.min(span, cap) + 1);
      }
    }
    return (int) (lo + record(off));
  }

  private long uniformOffset(long span) {
    if (span < Integer.MAX_VALUE) {
      return random.nextInt((int) span + 1);
    }
    long r = random.nextLong() & Long.MAX_VALUE;
    return span == Long.MAX_VALUE ? r : r % (span + 1);
  }

  private long logUniform(long span) {
    int bits = 64 - Long.numberOfLeadingZeros(span);
    int b = random.nextInt(bits + 1);
    long top = b == 0 ? 0 : (b >= 63 ? Long.MAX_VALUE : (1L << b) - 1);
    return uniformOffset(Math.min(top, span));
  }

  /** The next scripted offset clamped to {@code [0, span]}; past the script, the simplest or the full one. */
  private long replayed(long span, long full) {
    if (cursor < script.length) {
      long v = script[cursor++];
      return v < 0 ? 0 : Math.min(v, span);
    }
    return fullMember < 0 ? 0 : Math.max(0, Math.min(full, span));
  }

  private long record(long off) {
    if (recording) {
      if (size == taken.length) {
        taken = Arrays.copyOf(taken, Math.max(256, size * 2));
      }
      taken[size++] = off;
    }
    return off;
  }
}
