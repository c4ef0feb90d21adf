package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.suites.api.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --live false} says "this URL is an emulator": nothing of a live run applies, wherever the URL points. */
class LiveFlagTest {

  private static Settings settings(Map<String, String> environment, String... args) {
    Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false,
        environment);
    CommandLine.ParseResult parsed = Main.commandLine(console).parseArgs(args);
    return ((RunCommand) parsed.subcommand().commandSpec().userObject()).flags.settings(environment);
  }

  @Test
  void aServiceContainerIsAnEmulatorWithLiveFalse() {
    Settings settings = settings(Map.of(), "run", "--endpoint", "http://localstack:4566", "--live", "false");
    assertThat(settings.live()).isFalse();
    assertThat(settings.rateLimit()).isZero();
    assertThat(settings.requestBudget()).isZero();
    assertThat(settings(Map.of(), "run", "--endpoint", "http://localstack:4566").live()).isTrue();
  }

  @Test
  void theVariableDoesTheSame() {
    assertThat(settings(Map.of("IMKIT_LIVE", "false"), "run", "--endpoint", "http://localstack:4566").live())
        .isFalse();
  }

  @Test
  void theHelpSaysHowToNameAnEmulator() {
    StringWriter out = new StringWriter();
    Console console = new Console(new PrintWriter(out), new PrintWriter(new StringWriter()), false, Map.of());
    Main.commandLine(console).execute("run", "--help");
    assertThat(out.toString()).contains("--live=true|false|auto").contains("false: the endpoint is an emulator");
  }
}
