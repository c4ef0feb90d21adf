package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

/**
 * An integer just outside a bound, or further out up to the end of the 32-bit range; shrinks to the value
 * next to the bound, which stays out of range.
 */
final class OutOfRangeGen implements Gen {
  private final long nearest;
  private final long span;
  private final int direction;

  private OutOfRangeGen(long nearest, long farthest) {
    this.nearest = nearest;
    this.span = Math.abs(farthest - nearest);
    this.direction = farthest >= nearest ? 1 : -1;
  }

  static OutOfRangeGen below(long min) {
    return new OutOfRangeGen(min - 1, Integer.MIN_VALUE);
  }

  static OutOfRangeGen above(long max) {
    return new OutOfRangeGen(max + 1, Integer.MAX_VALUE);
  }

  @Override
  public JsonNode next(Run run) {
    return IntNode.valueOf((int) (nearest + direction * run.source.offset(span, 30)));
  }
}
