package dev.imkit.suites.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Settings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * No wait before a retry against the run's own embedded emulator (its refusals are counted, not timed); the
 * exponential back-off with jitter against any other target: from 10 ms, from 250 ms when it is live.
 */
class RetryDelayTest {

  @Test
  void theRunsOwnEmulatorIsRetriedAtOnce() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(DefaultTarget.retryDelay(true, false, attempt)).isZero();
    }
  }

  @Test
  void otherTargetsBackOffExponentiallyWithJitter() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      long emulator = 10L << (attempt - 1);
      long live = 250L << (attempt - 1);
      for (int i = 0; i < 50; i++) {
        assertThat(DefaultTarget.retryDelay(false, false, attempt))
            .isBetween(Duration.ofMillis(emulator), Duration.ofMillis(2 * emulator));
        assertThat(DefaultTarget.retryDelay(false, true, attempt))
            .isBetween(Duration.ofMillis(live), Duration.ofMillis(2 * live));
      }
    }
  }

  /** What a run opens decides: the emulator it started itself, or an emulator it was pointed at (loopback). */
  @Test
  void aRunWaitsOnlyForATargetItDidNotStart() {
    try (Run own = Run.open(Settings.defaults())) {
      assertThat(own.target().embedded()).isTrue();
      assertThat(own.target().retryDelay(1)).isZero();
      assertThat(own.target().retryDelay(3)).isZero();
    }
    try (Emulator emulator = Emulator.builder().start();
        Run other = Run.open(Settings.defaults().with(Settings.ENDPOINT, emulator.uri().toString())
            .with(Settings.REVISION, Revisions.current().name()))) {
      assertThat(other.target().embedded()).isFalse();
      assertThat(other.target().retryDelay(1)).isBetween(Duration.ofMillis(10), Duration.ofMillis(20));
      assertThat(other.target().retryDelay(3)).isBetween(Duration.ofMillis(40), Duration.ofMillis(80));
    }
  }
}
