package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Profile;
import dev.imkit.suites.api.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings come from parameters, then IMKIT_* variables; every bad value is one clear line. */
class SettingsTest {

  private static Settings from(Map<String, String> parameters, Map<String, String> env) {
    return Settings.from(k -> Optional.ofNullable(parameters.get(k)), env);
  }

  @Test
  void defaultsAreTheEmbeddedEmulatorAndAutoRevision() {
    Settings s = from(Map.of(), Map.of());
    assertThat(s.endpoint()).isEmpty();
    assertThat(s.region()).isEqualTo("us-east-1");
    assertThat(s.revision()).isEqualTo("auto");
    assertThat(s.profile()).isEqualTo(Profile.FULL);
    assertThat(s.tries()).isEqualTo(10);
  }

  @Test
  void parametersWinOverTheEnvironment() {
    Settings s = from(Map.of("imkit.tries", "50"), Map.of("IMKIT_TRIES", "3", "IMKIT_REGION", "eu-west-1",
        "IMKIT_EMULATOR_FAULTS", "iso-timestamps, delete-keeps"));
    assertThat(s.tries()).isEqualTo(50);
    assertThat(s.region()).isEqualTo("eu-west-1");
    assertThat(s.emulatorFaults()).containsExactly("iso-timestamps", "delete-keeps");
  }

  @Test
  void theSeedIsKeptAcrossCopies() {
    Settings s = from(Map.of("imkit.seed", "42"), Map.of());
    assertThat(s.with(Settings.TRIES, "5").seed()).isEqualTo(42);
    assertThat(Settings.defaults().with(Settings.TRIES, "5")).isNotNull();
  }

  @Test
  void badValuesAreOneClearLine() {
    assertError(Map.of("imkit.endpoint", "localhost:4566"), "imkit.endpoint 'localhost:4566' is not an http(s) URL");
    assertError(Map.of("imkit.endpoint", "ftp://x"), "is not an http(s) URL");
    assertError(Map.of("imkit.region", "mars"), "imkit.region 'mars' is not an AWS region name");
    assertError(Map.of("imkit.revision", "2022-05-13"), "imkit.revision");
    assertError(Map.of("imkit.profile", "fast"), "unknown profile 'fast': use one of full, smoke, readonly, security");
    assertError(Map.of("imkit.tries", "0"), "imkit.tries '0' is not a positive whole number");
    assertError(Map.of("imkit.parallel", "0"), "imkit.parallel '0' is not a positive whole number");
    assertError(Map.of("imkit.settle-seconds", "-1"), "imkit.settle-seconds '-1' is not a number of 0 or more");
    assertError(Map.of("imkit.seed", "x1"), "imkit.seed 'x1' is not a whole number");
    assertError(Map.of("imkit.timeout-seconds", "0"), "imkit.timeout-seconds '0' is not a number of seconds");
    assertError(Map.of("imkit.timeout-seconds", "1e9"), "from 0.001 to 86400 (such as 30 or 0.5)");
    assertError(Map.of("imkit.timeout-seconds", "half"), "imkit.timeout-seconds 'half' is not a number of seconds");
    assertError(Map.of("imkit.access-key-id", "AKID"), "give both imkit.access-key-id and imkit.secret-access-key");
    assertError(Map.of("imkit.baseline", "/no/such/file"), "the baseline file /no/such/file does not exist");
    assertError(Map.of("imkit.http", "okhttp"), "imkit.http 'okhttp' is not a client");
  }

  @Test
  void aTimeoutMayBeAFractionOfASecond() {
    assertThat(from(Map.of("imkit.timeout-seconds", "0.25"), Map.of()).timeout()).hasMillis(250);
    assertThat(from(Map.of("imkit.timeout-seconds", "2"), Map.of()).timeout()).hasSeconds(2);
    assertThat(Settings.defaults().timeout()).hasSeconds(30);
  }

  @Test
  void anUnknownKeyIsRefused() {
    assertThatThrownBy(() -> Settings.defaults().with("imkit.endpoints", "x"))
        .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("unknown setting 'imkit.endpoints'");
  }

  @Test
  void theBaselineListsCheckIds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("baseline.txt");
    Files.writeString(file, "# known\nVAL-ENUM-X  # reason text\n\nSTATE-Y\n");
    assertThat(from(Map.of("imkit.baseline", file.toString()), Map.of()).baseline())
        .containsExactlyInAnyOrder("VAL-ENUM-X", "STATE-Y");
    Files.writeString(file, "VAL-ENUM-X reason\n");
    assertThatThrownBy(() -> from(Map.of("imkit.baseline", file.toString()), Map.of()).baseline())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("line 1: expected one check ID");
  }

  @Test
  void secretsAreNotShown() {
    Settings s = from(Map.of("imkit.access-key-id", "AKID", "imkit.secret-access-key", "s3cr3t"), Map.of());
    assertThat(s.toString()).doesNotContain("s3cr3t").contains("****");
  }

  private static void assertError(Map<String, String> parameters, String message) {
    assertThatThrownBy(() -> from(parameters, Map.of())).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(message).hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
