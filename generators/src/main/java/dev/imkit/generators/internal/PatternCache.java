package dev.imkit.generators.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled {@link PatternStrings}, witnesses and mismatch generators, shared by every revision and context:
 * they depend only on the pattern and the length range, and computing them takes a few milliseconds.
 */
final class PatternCache {
  static final PatternCache SHARED = new PatternCache();

  private final Map<String, PatternStrings> strings = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> witnesses = new ConcurrentHashMap<>();
  private final Map<String, Optional<MismatchGen>> mismatches = new ConcurrentHashMap<>();

  PatternStrings get(String pattern) {
    return strings.computeIfAbsent(pattern, PatternStrings::new);
  }

  /** Whether a string in {@code [lo, hi]} matching {@code pattern} exists (as far as generation finds). */
  boolean matchable(String pattern, int lo, int hi) {
    return lo <= hi && witness(pattern, lo, hi) != null;
  }

  /** A string in {@code [lo, hi]} matching {@code pattern}, found with fixed seeds; {@code null} if none. */
  String witness(String pattern, int lo, int hi) {
    return witnesses.computeIfAbsent(lo + ".." + hi + " " + pattern,
        k -> Optional.ofNullable(get(pattern).witness(lo, hi))).orElse(null);
  }

  /** A generator of strings in {@code [lo, hi]} matching {@code pattern}; fails if there are none. */
  PatternGen matching(String pattern, int lo, int hi, String shapeName) {
    String w = witness(pattern, lo, hi);
    if (w == null) {
      throw new IllegalStateException("cannot generate a string of " + shapeName + " with " + lo + ".." + hi
          + " code points matching " + pattern);
    }
    return new PatternGen(get(pattern), lo, hi, w);
  }

  /** The generator of strings in {@code [lo, hi]} not matching {@code pattern}, or {@code null} if none exist. */
  MismatchGen mismatch(String pattern, int lo, int hi) {
    return mismatches.computeIfAbsent(lo + ".." + hi + " " + pattern,
        k -> Optional.ofNullable(MismatchGen.of(get(pattern), lo, hi))).orElse(null);
  }
}
