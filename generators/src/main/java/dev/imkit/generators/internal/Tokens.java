package dev.imkit.generators.internal;

/** Small building blocks of realistic values: tokens from an alphabet, UUIDs, hex ids, picks from a list. */
final class Tokens {
  private static final int PER_CHAR = 8;
  static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String HEX = "0123456789abcdef";
  static final String UPPER_HEX = "0123456789ABCDEF";

  private Tokens() {
  }

  /**
   * {@code length} characters of {@code alphabet}. Tokens longer than 8 are derived from one recorded seed
   * (0 gives the first character throughout): identifiers gain nothing from shrinking character by character.
   */
  static String token(Source s, String alphabet, int length) {
    char[] out = new char[length];
    int n = alphabet.length();
    if (length <= PER_CHAR) {
      for (int i = 0; i < length; i++) {
        out[i] = alphabet.charAt(s.pick(n));
      }
      return new String(out);
    }
    long z = s.seed();
    for (int i = 0; i < length; i++) {
      z += 0x9E3779B97F4A7C15L;
      out[i] = alphabet.charAt(z == 0 ? 0 : (int) (((Alphabet.mix(z) >>> 32) * n) >>> 32));
    }
    return new String(out);
  }

  /** A random (version 4) UUID in its usual lower-case form. */
  static String uuid(Source s) {
    return uuid(s, "");
  }

  /**
   * A random (version 4) UUID whose first 32 bits are mixed with {@code salt}'s hash: the same choices under
   * another salt give another UUID.
   */
  static String uuid(Source s, String salt) {
    String h = token(s, HEX, 30);
    long head = Long.parseLong(h.substring(0, 8), 16) ^ (salt.hashCode() & 0xFFFFFFFFL);
    return String.format("%08x", head) + "-" + h.substring(8, 12) + "-4" + h.substring(12, 15) + "-"
        + "89ab".charAt(s.pick(4)) + h.substring(15, 18) + "-" + h.substring(18, 30);
  }

  static String pick(Source s, String... options) {
    return options[s.pick(options.length)];
  }
}
