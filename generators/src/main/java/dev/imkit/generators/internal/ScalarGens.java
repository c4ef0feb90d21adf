package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;

/** Booleans and timestamps. */
final class ScalarGens {
  /** 2000-01-01T00:00:00Z and 2100-01-01T00:00:00Z: a realistic window for epoch seconds. */
  static final long EPOCH_FROM = 946_684_800L;
  static final long EPOCH_TO = 4_102_444_800L;

  private ScalarGens() {
  }

  static Gen bool() {
    return run -> BooleanNode.valueOf(run.source.pick(2) == 1);
  }

  /**
   * Epoch seconds as JSON numbers: integral half the time, with milliseconds otherwise; a typical one is an hour
   * ago, in whole seconds.
   */
  static Gen timestamp() {
    return run -> {
      if (run.source.isTypical()) {
        return LongNode.valueOf(System.currentTimeMillis() / 1000 - 3600);
      }
      boolean fractional = run.source.chance(50);
      long seconds = EPOCH_FROM + run.source.uniform(EPOCH_TO - 1 - EPOCH_FROM);
      return fractional ? millis(seconds, 1 + run.source.uniform(998)) : LongNode.valueOf(seconds);
    };
  }

  static JsonNode millis(long seconds, long millis) {
    return DecimalNode.valueOf(BigDecimal.valueOf(seconds * 1000 + millis, 3));
  }
}
