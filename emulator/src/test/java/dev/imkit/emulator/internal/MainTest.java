package dev.imkit.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultComposite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The standalone command line: help, fault list, and one clear line with exit code 2 for mistakes. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void listFaultsPrintsEveryFaultWithCategoryAndDescriptionThenTheComposites() {
    assertThat(run("--list-faults")).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(Fault.values().length + FaultComposite.values().length);
    for (Fault f : Fault.values()) {
      assertThat(text).containsPattern(f.id() + " +" + f.category() + " +" + java.util.regex.Pattern.quote(
          f.description()));
    }
    String lenient = text.lines().filter(l -> l.startsWith("lenient ")).findFirst().orElse("");
    assertThat(lenient).containsPattern("lenient +COMPOSITE +" + java.util.regex.Pattern.quote(
        FaultComposite.LENIENT.description()));
    FaultComposite.LENIENT.faults().forEach(f -> assertThat(lenient).contains(f.id()));
  }

  @Test
  void helpPrintsTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port", "--revision", "--fault", "--account",
        "--verify-signatures", "--list-faults", "--updating-hold", "--missing-operation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--port|x", "--port|70000", "--revision|2020-01-01", "--fault|no-such",
      "--account|AKID", "--account|AKID=12", "--verify-signatures|AKID", "--bogus", "--port",
      "--updating-hold|soon", "--updating-hold|-1", "--missing-operation|LaunchRocket"})
  void aMistakeIsOneLineAndExitCode2(String args) {
    assertThat(run(args.split("\\|"))).isEqualTo(2);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message.lines()).hasSize(1);
    assertThat(message).startsWith("imkit-emulator: ").contains("(see --help)").doesNotContain("Exception");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void optionsBuildTheConfiguration() {
    Arguments a = Arguments.parse(List.of("--port", "0", "--host", "127.0.0.1", "--revision", "2022-05-12",
        "--fault", "iso-timestamps", "--fault", "delete-keeps", "--account", "AKID1=111122223333",
        "--verify-signatures", "AKID1:secret:with:colons", "--transition-delay", "3", "--updating-hold", "5",
        "--missing-operation", "PutResourcePolicy", "--fault", "lenient"));
    assertThat(a.config().revision()).isEqualTo("2022-05-12");
    assertThat(a.config().faults()).contains(Fault.ISO_TIMESTAMPS, Fault.DELETE_KEEPS)
        .containsAll(FaultComposite.LENIENT.faults()).hasSize(2 + FaultComposite.LENIENT.faults().size());
    assertThat(a.config().accounts()).containsEntry("AKID1", "111122223333");
    assertThat(a.config().credentials()).containsEntry("AKID1", "secret:with:colons");
    assertThat(a.config().transitionDelay()).hasSeconds(3);
    assertThat(a.config().updatingHold()).hasSeconds(5);
    assertThat(a.config().missingOperations()).containsExactly("PutResourcePolicy");
  }
}
