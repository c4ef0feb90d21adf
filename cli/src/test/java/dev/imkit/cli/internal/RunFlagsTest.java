package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RunFlagsTest {

  private static RunCommand parse(String... args) {
    Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false,
        Map.of());
    CommandLine cli = Main.commandLine(console);
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    return (RunCommand) parsed.subcommand().commandSpec().userObject();
  }

  @Test
  void everyFlagMapsToItsSetting() {
    RunCommand run = parse("run", "--endpoint", "http://localhost:4566", "--region", "eu-west-1", "--revision",
        "2022-05-12", "--profile", "smoke", "--tries", "7", "--parallel", "3", "--settle", "0.5", "--seed", "42", "--baseline", "known.txt", "--only", "PROTOCOL", "--skip",
        "VAL-ENUM-*", "--fault", "iso-timestamps", "--emulator-revision", "2022-05-12", "--emulator-updating-hold", "3",
        "--access-key-id", "AKID",
        "--secret-access-key", "s3cret", "--http", "jdk", "--timeout", "9", "--allow-account", "111122223333",
        "--live", "true", "--rate-limit", "2.5", "--request-budget", "100", "--retries", "1", "--report-dir", "/tmp/r",
        "--shard", "1/2");
    assertThat(run.flags.parameters()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry(Settings.ENDPOINT, "http://localhost:4566"), Map.entry(Settings.REGION, "eu-west-1"),
        Map.entry(Settings.REVISION, "2022-05-12"), Map.entry(Settings.PROFILE, "smoke"),
        Map.entry(Settings.TRIES, "7"), Map.entry(Settings.PARALLEL, "3"), Map.entry(Settings.SETTLE, "0.5"),
        Map.entry(Settings.SEED, "42"), Map.entry(Settings.BASELINE, "known.txt"),
        Map.entry(Settings.ONLY, "PROTOCOL"),
        Map.entry(Settings.SKIP, "VAL-ENUM-*"), Map.entry(Settings.EMULATOR_FAULTS, "iso-timestamps"),
        Map.entry(Settings.EMULATOR_REVISION, "2022-05-12"), Map.entry(Settings.EMULATOR_UPDATING_HOLD, "3"),
        Map.entry(Settings.ACCESS_KEY_ID, "AKID"),
        Map.entry(Settings.SECRET_ACCESS_KEY, "s3cret"), Map.entry(Settings.HTTP, "jdk"),
        Map.entry(Settings.TIMEOUT, "9"), Map.entry(Settings.ALLOW_ACCOUNTS, "111122223333"),
        Map.entry(Settings.LIVE, "true"), Map.entry(Settings.RATE_LIMIT, "2.5"),
        Map.entry(Settings.REQUEST_BUDGET, "100"), Map.entry(Settings.RETRIES, "1"),
        Map.entry(Settings.REPORT_DIR, "/tmp/r"), Map.entry(Settings.SHARD, "1/2")));
    // a new setting needs a flag; the session token is left to IMKIT_SESSION_TOKEN, out of shell history, and the
    // exploration's budget to imkit explore's own flags
    assertThat(run.flags.parameters().keySet()).containsExactlyInAnyOrderElementsOf(Settings.KEYS.stream()
        .filter(k -> !k.equals(Settings.SESSION_TOKEN) && !k.startsWith("imkit.explore.")).toList());
  }

  @Test
  void selectorsAreRepeatableAndCommaSeparated() {
    RunCommand run = parse("run", "--only", "PROTOCOL,VAL-ENUM-*", "--only", "GetResponsePlan", "--fault", "a,b",
        "--fault", "c");
    assertThat(run.flags.parameters()).containsEntry(Settings.ONLY, "PROTOCOL,VAL-ENUM-*,GetResponsePlan")
        .containsEntry(Settings.EMULATOR_FAULTS, "a,b,c");
  }

  @Test
  void flagsNotGivenAreAbsentSoTheEnvironmentApplies() {
    RunCommand run = parse("run", "--tries", "3");
    Settings settings = run.flags.settings(Map.of("IMKIT_REGION", "ap-south-1", "IMKIT_TRIES", "99"));
    assertThat(settings.region()).isEqualTo("ap-south-1");
    assertThat(settings.tries()).isEqualTo(3);
  }

  @Test
  void theSeedIsSettledUpFrontSoItCanBePrinted() {
    Settings settings = parse("run").flags.settings(Map.of());
    assertThat(settings.values()).containsEntry(Settings.SEED, Long.toString(settings.seed()));
    assertThat(SuiteLauncher.parameters(settings)).containsEntry(Settings.SEED, Long.toString(settings.seed()));
  }

  @Test
  void theReportDirectoryDefaultsToImkitReports() {
    assertThat(parse("run").flags.reportDir(Map.of())).isEqualTo(Path.of("imkit-reports").toAbsolutePath());
    assertThat(parse("run").flags.reportDir(Map.of("IMKIT_REPORT_DIR", "env/dir")))
        .isEqualTo(Path.of("env/dir").toAbsolutePath());
    assertThat(parse("run", "--report-dir", "out/x").flags.reportDir(Map.of("IMKIT_REPORT_DIR", "env/dir")))
        .isEqualTo(Path.of("out/x").toAbsolutePath());
  }

  @Test
  void badValuesAreRefusedBySettingsWithItsMessage() {
    assertThatThrownBy(() -> parse("run", "--profile", "quick").flags.settings(Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown profile 'quick'");
    assertThatThrownBy(() -> parse("run").flags.settings(Map.of("IMKIT_ENDPOINT", "http://bad host")))
        .isInstanceOf(UsageException.class).hasMessageContaining("is not a URL");
    assertThatThrownBy(() -> parse("run", "--fault", "no-such-fault").flags.settings(Map.of()))
        .isInstanceOf(UsageException.class).hasMessageContaining("unknown fault 'no-such-fault'");
  }

  @Test
  void theCheckClassIsTheSuitesOne() throws ClassNotFoundException {
    assertThat(Class.forName(SuiteLauncher.CHECKS).getPackageName()).isEqualTo("dev.imkit.suites.checks");
  }
}
