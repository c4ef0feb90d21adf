package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Results;
import dev.imkit.suites.api.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imkit run} end to end against the embedded emulator: exit codes and the reports it writes. */
class RunTest {
  @TempDir(factory = ScratchDir.class)
  Path dir;

  @Test
  void oneCheckAgainstTheEmulatorPassesAndWritesTheReports() throws IOException {
    Cli.Outcome outcome = Cli.run("run", "--only", "PROTO-SUCCESS-GetResponsePlan", "--seed", "7",
        "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).as(outcome.err() + outcome.out()).isEqualTo(0);
    assertThat(outcome.out()).containsPattern("protocol +1 +0 +0 +0 +\\d+")
        .contains("report: " + dir.resolve("report.html"));
    assertThat(outcome.err()).contains("seed 7").containsPattern("imkit: \\d+/\\d+ checks, 0 failed");
    assertThat(Files.readString(dir.resolve("results.jsonl")))
        .contains("\"id\":\"PROTO-SUCCESS-GetResponsePlan\"").contains("\"status\":\"PASS\"");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("PROTO-SUCCESS-GetResponsePlan");
    assertThat(Files.readString(dir.resolve("run.json")))
        .contains("\"commandLine\":\"imkit run --only PROTO-SUCCESS-GetResponsePlan --seed 7 --report-dir ")
        .contains("\"seed\":\"7\"").contains("\"finished\":true");
    assertThat(Files.readString(dir.resolve("junit/TEST-imkit.xml"))).contains(
        "<testcase name=\"PROTO-SUCCESS-GetResponsePlan\" classname=\"dev.imkit.suites.checks.ConformanceChecks.PROTOCOL\"");
    try (Stream<Path> allure = Files.list(dir.resolve("allure-results"))) {
      assertThat(allure.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-result.json"));
    }
  }

  @Test
  void theSecretKeyReachesNoReportFile() throws IOException {
    Cli.Outcome outcome = Cli.run("run", "--only", "PROTO-SUCCESS-GetResponsePlan", "--http", "jdk",
        "--access-key-id", Settings.EMBEDDED_ACCESS_KEY_ID, "--secret-access-key", Settings.EMBEDDED_SECRET_ACCESS_KEY,
        "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(Files.readString(dir.resolve("run.json"))).contains("--secret-access-key ****");
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(Settings.EMBEDDED_SECRET_ACCESS_KEY);
      }
    }
    assertThat(outcome.out() + outcome.err()).doesNotContain(Settings.EMBEDDED_SECRET_ACCESS_KEY);
  }

  /** The main job end to end: every check against the clean embedded emulator, exit 0, every report written. */
  @Test
  void theWholeSuiteAgainstTheCleanEmulatorPasses() throws IOException {
    Cli.Outcome outcome = Cli.run("run", "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).as(outcome.err() + outcome.out()).isZero();
    List<CheckResult> results = Results.read(dir);
    assertThat(results).hasSizeGreaterThan(800);
    assertThat(results).noneMatch(r -> r.status() == CheckStatus.FAIL || r.status() == CheckStatus.ADVISORY);
    assertThat(outcome.out()).containsPattern("total +\\d+ +0 +0 +0 ").contains("PASS: ", " 0 blocked")
        .doesNotContain("failing checks");
    assertThat(dir.resolve("report.html")).exists();
    assertThat(Files.readString(dir.resolve("report.html"))).contains("PASS");
    assertThat(dir.resolve("junit")).isDirectory();
    String xml = Files.readString(dir.resolve("junit/TEST-imkit.xml"));
    assertThat(xml).doesNotContain("(Target)[").contains("<testcase name=\"STATE-DELETE-DeleteResponsePlan\"");
  }

  @Test
  void theTerminalListsTheRootCausesAndEachFailingCheckWithItsReplay() throws IOException {
    Cli.Outcome outcome = Cli.run("run", "--fault", "delete-keeps", "--only", "STATE", "--seed", "3",
        "--report-dir", dir.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(1);
    assertThat(outcome.out()).contains("FAIL: ", "root causes, biggest first", "failing checks (8):",
        "  STATE-DELETE-DeleteResponsePlan  GetResponsePlan: delete then 404",
        "    replay: ./imkit run --revision 2023-11-16 --fault delete-keeps --only STATE-DELETE-DeleteResponsePlan "
            + "--seed 3");
    assertThat(outcome.out()).containsPattern("\\n +4  RULE BROKEN +STATE-DELETE checks answered a success \\(2xx\\) on 4 operations");
    assertThat(Files.readString(dir.resolve("run.json"))).contains("\"causes\":[{\"key\":\"rule:STATE-DELETE:2xx\"",
        "\"region\":\"us-east-1\"", "\"emulator\":{\"revision\":\"2023-11-16\",\"faults\":[\"delete-keeps\"]}");
  }

  @Test
  void noSecretSignatureOrTokenReachesAnyOutput() throws IOException {
    String token = "IMKITFAKESESSIONTOKEN0123456789";
    Cli.Outcome outcome = Cli.run(Map.of("IMKIT_SESSION_TOKEN", token), "run", "--only", "PROTOCOL,STATE",
        "--fault", "success-200-everywhere", "--access-key-id", Settings.EMBEDDED_ACCESS_KEY_ID,
        "--secret-access-key", Settings.EMBEDDED_SECRET_ACCESS_KEY, "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(1);
    java.util.regex.Pattern signature = java.util.regex.Pattern.compile("Signature=[0-9a-f]{64}");
    String consoles = outcome.out() + outcome.err();
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      assertThat(all).anyMatch(f -> f.toString().endsWith("results.jsonl"))
          .anyMatch(f -> f.toString().endsWith("journal.jsonl")).anyMatch(f -> f.toString().endsWith(".xml"));
      for (Path f : all) {
        String text = Files.readString(f);
        assertThat(text).as(f.toString()).doesNotContain(Settings.EMBEDDED_SECRET_ACCESS_KEY).doesNotContain(token);
        assertThat(signature.matcher(text).find()).as("a signature in " + f).isFalse();
      }
    }
    assertThat(consoles).doesNotContain(Settings.EMBEDDED_SECRET_ACCESS_KEY).doesNotContain(token);
    assertThat(Files.readString(dir.resolve("results.jsonl"))).contains("\"Authorization\":[\"<redacted>\"]");
  }

  @Test
  void aFaultOfTheEmulatorIsANewFailure() throws IOException {
    Cli.Outcome outcome = Cli.run("run", "--http", "jdk", "--fault", "success-200-everywhere", "--only", "PROTOCOL",
        "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).as(outcome.err() + outcome.out()).isEqualTo(1);
    assertThat(outcome.out()).containsPattern("protocol +\\d+ +[1-9]\\d* ");
    // 200 everywhere: wrong where the model says 201 or 204, right where it says 200
    assertThat(Results.read(dir)).filteredOn(r -> r.status() == CheckStatus.FAIL).extracting(CheckResult::id)
        .contains("PROTO-SUCCESS-CreateResponsePlan", "PROTO-SUCCESS-DeleteIncidentRecord")
        .doesNotContain("PROTO-SUCCESS-GetResponsePlan");
    assertThat(dir.resolve("report.html")).exists();
  }

  @Test
  void knownFailuresInTheBaselineDoNotFailTheRun() throws IOException {
    Path first = dir.resolve("first");
    Cli.run("run", "--http", "jdk", "--fault", "success-200-everywhere", "--only", "PROTOCOL", "--report-dir",
        first.toString());
    List<String> failed = Results.read(first).stream().filter(r -> r.status() == CheckStatus.FAIL)
        .map(CheckResult::id).toList();
    assertThat(failed).isNotEmpty();
    Path baseline = Files.write(dir.resolve("baseline.txt"), failed);
    Cli.Outcome outcome = Cli.run("run", "--http", "jdk", "--fault", "success-200-everywhere", "--only", "PROTOCOL",
        "--baseline", baseline.toString(), "--report-dir", dir.resolve("second").toString());
    assertThat(outcome.exitCode()).as(outcome.err() + outcome.out()).isEqualTo(0);
    assertThat(outcome.out()).containsPattern("protocol +\\d+ +0 +0 +" + failed.size() + " ");
    assertThat(outcome.out()).contains("PASS: ", failed.size() + " known failures");
  }
}
