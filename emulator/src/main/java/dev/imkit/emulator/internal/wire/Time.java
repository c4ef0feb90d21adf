package dev.imkit.emulator.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Timestamps on the wire: epoch seconds as JSON numbers, kept to the millisecond. */
public final class Time {
  private Time() {
  }

  /** The wire form of an instant given in epoch milliseconds, e.g. {@code 1652371200.123}. */
  public static JsonNode node(long epochMillis) {
    return DecimalNode.valueOf(BigDecimal.valueOf(epochMillis, 3));
  }

  /** Epoch milliseconds of a wire timestamp (a JSON number of seconds). */
  public static long millis(JsonNode seconds) {
    return seconds.decimalValue().movePointRight(3).setScale(0, RoundingMode.FLOOR).longValue();
  }

  /** Epoch milliseconds of a member, or {@code fallback} when it is absent or not a number. */
  public static long millis(JsonNode node, String member, long fallback) {
    JsonNode v = Json.member(node, member);
    return v != null && v.isNumber() ? millis(v) : fallback;
  }
}
