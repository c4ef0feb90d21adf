package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Settings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code imkit.live} (flag {@code --live}, variable {@code IMKIT_LIVE}) decides whether a target is a real account:
 * {@code false} makes any URL an emulator (no account check, no allowlist, no rate limit or budget), {@code true}
 * makes even loopback live, {@code auto} (the default) is live unless loopback.
 */
class LiveSwitchTest {

  private static Settings of(Map<String, String> parameters, Map<String, String> env) {
    return Settings.from(key -> Optional.ofNullable(parameters.get(key)), env);
  }

  @Test
  void anEmulatorInACiNetworkIsLiveUnlessSaidOtherwise() {
    Settings auto = of(Map.of("imkit.endpoint", "http://localstack:4566"), Map.of());
    assertThat(auto.live()).isTrue();
    assertThat(auto.rateLimit()).isEqualTo(5.0);
    assertThat(auto.requestBudget()).isEqualTo(3000);

    Settings emulator = of(Map.of("imkit.endpoint", "http://localstack:4566", "imkit.live", "false"), Map.of());
    assertThat(emulator.live()).isFalse();
    assertThat(emulator.rateLimit()).isZero();
    assertThat(emulator.requestBudget()).isZero();
  }

  @Test
  void theVariableSaysItToo() {
    Settings fromEnv = of(Map.of("imkit.endpoint", "http://10.0.0.7:4566"), Map.of("IMKIT_LIVE", "false"));
    assertThat(fromEnv.live()).isFalse();
    assertThat(of(Map.of("imkit.endpoint", "http://10.0.0.7:4566"), Map.of("IMKIT_LIVE", "auto")).live()).isTrue();
  }

  @Test
  void loopbackIsLiveOnlyWhenSaid() {
    assertThat(of(Map.of("imkit.endpoint", "http://127.0.0.1:4566"), Map.of()).live()).isFalse();
    assertThat(of(Map.of("imkit.endpoint", "http://localhost:4566", "imkit.live", "true"), Map.of()).live()).isTrue();
    assertThat(of(Map.of(), Map.of()).live()).isFalse();
  }

  @Test
  void explicitLimitsStillApply() {
    Settings emulator = of(Map.of("imkit.endpoint", "http://localstack:4566", "imkit.live", "false",
        "imkit.rate-limit", "20"), Map.of());
    assertThat(emulator.rateLimit()).isEqualTo(20.0);
  }

  @Test
  void anythingElseIsOneLine() {
    assertThatThrownBy(() -> of(Map.of("imkit.live", "emulator"), Map.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("imkit.live 'emulator' is not true, false (the endpoint is an emulator) or auto (live unless the "
            + "endpoint is loopback)");
  }
}
