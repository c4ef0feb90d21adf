package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.Category;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run repeated with the same seed against the same target (the replay command a report shows, a CI job with a
 * pinned seed against a long-lived emulator) meets nothing the first run left behind. A target keeps idempotency
 * tokens; a token sent again with another input must be refused as a conflict, so a token that repeated across runs
 * made the second run's valid-boundary checks fail with "valid input refused" on a correct target.
 */
class RepeatedSeedTest {
  @Test
  void aRunRepeatedWithTheSameSeedAgainstTheSameTargetPassesAgain() {
    try (Emulator emulator = Emulator.builder().start()) {
      Map<String, String> settings = Map.of("imkit.endpoint", emulator.uri().toString(), "imkit.access-key-id",
          "AKIDREPEAT", "imkit.secret-access-key", "secret", "imkit.seed", "42");

      Runs.Outcome first = Runs.run(settings, Category.VALIDATION);
      Runs.Outcome second = Runs.run(settings, Category.VALIDATION);

      assertThat(first.failures()).isEmpty();
      assertThat(second.failures()).isEmpty();
      assertThat(second.passed()).isEqualTo(first.passed()).contains("VAL-EDGE-LENGTH-CreateResponsePlan-displayName");
    }
  }
}
