package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake a user can make ends in one line on standard error, no stack trace, and exit 2 (3: unreachable). */
class BadInputTest {
  @TempDir
  Path dir;

  private static void assertOneLine(Cli.Outcome outcome, int code, String contains) {
    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(code);
    assertThat(outcome.errLines()).as(outcome.err()).hasSize(1);
    assertThat(outcome.err()).contains(contains).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  @Test
  void unknownFlag() {
    assertOneLine(Cli.run("run", "--bogus"), 2, "imkit run: Unknown option: '--bogus'");
  }

  @Test
  void unknownCommand() {
    assertOneLine(Cli.run("launch"), 2, "imkit: Unmatched argument");
  }

  @Test
  void noCommand() {
    assertOneLine(Cli.run(), 2, "name a command: run, emulator");
  }

  @Test
  void missingValue() {
    assertOneLine(Cli.run("run", "--endpoint"), 2, "Missing required parameter for option '--endpoint'");
  }

  @Test
  void badRevision() {
    assertOneLine(Cli.run("run", "--revision", "1999-01-01"), 2, "unknown revision '1999-01-01'");
    assertOneLine(Cli.run("checks", "--revision", "yesterday"), 2, "imkit checks: unknown revision 'yesterday'");
  }

  @Test
  void malformedUrl() {
    assertOneLine(Cli.run("run", "--endpoint", "http://exa mple.com"), 2, "is not a URL");
    assertOneLine(Cli.run("run", "--endpoint", "localhost:4566"), 2, "is not an http(s) URL");
  }

  @Test
  void badNumbersAndNames() {
    assertOneLine(Cli.run("run", "--tries", "many"), 2, "imkit.tries 'many' is not a positive whole number");
    assertOneLine(Cli.run("run", "--fault", "nope"), 2, "unknown fault 'nope'");
    assertOneLine(Cli.run("checks", "--category", "FOO"), 2, "Invalid value for option '--category'");
    assertOneLine(Cli.run("emulator", "--port", "99999"), 2, "port must be between 0 and 65535");
  }

  @Test
  void aSelectorThatMatchesNothing() {
    assertOneLine(Cli.run("run", "--only", "PROTO-SUCESS-GetResponsePlan"), 2,
        "'PROTO-SUCESS-GetResponsePlan' matches no check");
  }

  @Test
  void onlyOneOfTheCredentials() {
    assertOneLine(Cli.run("run", "--access-key-id", "AKID"), 2, "give both imkit.access-key-id");
  }

  @Test
  void unreachableEndpointOnAClosedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Cli.Outcome outcome = Cli.run("run", "--endpoint", "http://127.0.0.1:" + port, "--access-key-id", "AKID",
        "--secret-access-key", "secret", "--revision", "2023-11-16", "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(3);
    assertThat(outcome.errLines()).filteredOn(l -> l.startsWith("imkit run:")).singleElement().asString()
        .contains("cannot reach http://127.0.0.1:" + port);
    assertThat(outcome.err()).doesNotContain("\tat ");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void reportOfAMissingFile() {
    assertOneLine(Cli.run("report", dir.resolve("missing.jsonl").toString()), 2, "missing.jsonl");
  }

  @Test
  void debugAddsTheStackTraceAfterTheSameLine() {
    Cli.Outcome plain = Cli.run("checks", "--revision", "yesterday");
    Cli.Outcome debug = Cli.run("checks", "--revision", "yesterday", "--debug");
    Cli.Outcome first = Cli.run("--debug", "checks", "--revision", "yesterday");

    assertOneLine(plain, 2, "imkit checks: unknown revision 'yesterday'");
    for (Cli.Outcome outcome : List.of(debug, first)) {
      assertThat(outcome.exitCode()).isEqualTo(2);
      assertThat(outcome.errLines().get(0)).isEqualTo(plain.errLines().get(0));
      assertThat(outcome.errLines()).contains("dev.imkit.schemas.api.UnknownNameException: "
          + plain.errLines().get(0).substring("imkit checks: ".length()))
          .anyMatch(l -> l.startsWith("\tat dev.imkit.schemas."));
    }
  }

  @Test
  void debugNamesTheExceptionEvenWhenItCarriesNoTrace() {
    Cli.Outcome plain = Cli.run("run", "--revision", "1999-01-01");
    Cli.Outcome debug = Cli.run("run", "--revision", "1999-01-01", "--debug");

    assertThat(debug.exitCode()).isEqualTo(2);
    assertThat(debug.errLines().get(0)).isEqualTo(plain.errLines().get(0));
    assertThat(debug.errLines()).anyMatch(l -> l.startsWith("dev.imkit.suites.api.ConfigurationException: "))
        .hasSizeGreaterThan(1);
  }

  @Test
  void debugShowsTheTraceOfAUsageMistakeToo() {
    Cli.Outcome debug = Cli.run("run", "--bogus", "--debug");

    assertThat(debug.exitCode()).isEqualTo(2);
    assertThat(debug.errLines().get(0)).startsWith("imkit run: Unknown option: '--bogus'");
    assertThat(debug.errLines()).anyMatch(l -> l.startsWith("\tat picocli."));
  }

  @Test
  void debugNamesTheExceptionOfAnUnreachableTarget() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Cli.Outcome outcome = Cli.run("run", "--debug", "--endpoint", "http://127.0.0.1:" + port, "--access-key-id",
        "AKID", "--secret-access-key", "secret", "--revision", "2023-11-16", "--report-dir", dir.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(3);
    assertThat(outcome.err()).contains("cannot reach http://127.0.0.1:" + port)
        .contains("dev.imkit.suites.api.TargetUnreachableException: cannot reach");
  }

  @Test
  void everyCommandTakesDebug() {
    assertThat(Cli.run("--help").out()).contains("--debug");
    assertThat(Cli.run("report", "--help").out()).contains("--debug");
  }
}
