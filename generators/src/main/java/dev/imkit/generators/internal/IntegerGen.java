package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

/**
 * A 32-bit integer in {@code [min, max]} (Smithy integers are 32-bit). Shrinks towards the bound nearest to 0,
 * or to 0 itself when the range spans it; both bounds come up often.
 */
final class IntegerGen implements Gen {
  private final long min;
  private final long max;

  IntegerGen(long min, long max) {
    this.min = Math.max(min, Integer.MIN_VALUE);
    this.max = Math.min(max, Integer.MAX_VALUE);
  }

  @Override
  public JsonNode next(Run run) {
    long span = max - min;
    long value;
    if (min >= 0) {
      value = min + run.source.offset(span, 10);
    } else if (max <= 0) {
      value = max - run.source.offset(span, 10);
    } else {
      value = zigzag(run.source.offset(span, 10));
      value = value < min || value > max ? (value < 0 ? min : max) : value;
    }
    return IntNode.valueOf((int) value);
  }

  /** 0, -1, 1, -2, 2, ... so that small offsets are small numbers of either sign. */
  private static long zigzag(long k) {
    return (k >>> 1) ^ -(k & 1);
  }
}
