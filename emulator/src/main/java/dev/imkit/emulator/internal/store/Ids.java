package dev.imkit.emulator.internal.store;

import java.util.concurrent.ThreadLocalRandom;

/** Random identifiers: UUIDs for resources and request ids, 128-bit values for related items. */
public final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {
  }

  /** A random version-4 UUID in its usual text form (not for secrets: the emulator has none). */
  public static String uuid() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    char[] out = new char[36];
    int p = 0;
    for (int i = 15; i >= 0; i--) {
      p = hexDigit(out, p, hi >>> (i * 4));
      if (i == 8 || i == 4) {
        out[p++] = '-';
      }
    }
    out[p++] = '-';
    for (int i = 15; i >= 0; i--) {
      p = hexDigit(out, p, lo >>> (i * 4));
      if (i == 12) {
        out[p++] = '-';
      }
    }
    return new String(out);
  }

  /** 32 upper-case hex digits of two longs. */
  public static String hex32(long hi, long lo) {
    char[] out = new char[32];
    int p = 0;
    for (int i = 15; i >= 0; i--) {
      p = hexDigit(out, p, hi >>> (i * 4));
    }
    for (int i = 15; i >= 0; i--) {
      p = hexDigit(out, p, lo >>> (i * 4));
    }
    return new String(out).toUpperCase(java.util.Locale.ROOT);
  }

  private static int hexDigit(char[] out, int p, long value) {
    out[p] = HEX[(int) (value & 0xF)];
    return p + 1;
  }
}
