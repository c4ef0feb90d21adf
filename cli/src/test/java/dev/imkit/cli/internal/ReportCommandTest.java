package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.Level;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imkit report} renders a run's results again, with the run's record when there is one. */
class ReportCommandTest {
  @TempDir
  Path dir;

  private static CheckResult result(String id, CheckStatus status) {
    return new CheckResult(id, Category.PROTOCOL, List.of("GetResponsePlan"), List.of("GetResponsePlan#http.code"),
        Level.MUST, "2021-05-11", "2023-11-16", status, 12, status == CheckStatus.FAIL ? "expected 200" : "", null,
        List.of(), -1, "42", 1, "", List.of());
  }

  private Path results(CheckResult... results) throws IOException {
    return Files.write(dir.resolve("results.jsonl"), List.of(results).stream().map(CheckResult::toJson).toList());
  }

  @Test
  void rendersResultsWithoutARunRecord() throws IOException {
    Path file = results(result("PROTO-SUCCESS-GetResponsePlan", CheckStatus.PASS),
        result("PROTO-SUCCESS-CreateResponsePlan", CheckStatus.FAIL));
    Cli.Outcome outcome = Cli.run("report", file.toString());
    assertThat(outcome.exitCode()).as("a failing run's verdict: " + outcome.err()).isEqualTo(1);
    assertThat(outcome.out()).contains("FAIL: 2 checks", "PROTO-SUCCESS-CreateResponsePlan  expected 200")
        .endsWith("report: " + dir.resolve("report.html") + "\n");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("PROTO-SUCCESS-CreateResponsePlan")
        .contains("expected 200", "no run.json beside the results", "INCOMPLETE RUN (killed or interrupted): 2 checks");
  }

  @Test
  void aRunKilledWhileWritingALineRendersAsIncomplete() throws IOException {
    String cut = result("PROTO-SUCCESS-ListIncidentRecords", CheckStatus.PASS).toJson().substring(0, 70);
    Path file = results(result("PROTO-SUCCESS-GetResponsePlan", CheckStatus.PASS),
        result("PROTO-SUCCESS-StartIncident", CheckStatus.PASS));
    Files.writeString(file, cut, java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("run.json"), run(false).toJson());

    Cli.Outcome outcome = Cli.run("report", file.toString());

    assertThat(outcome.exitCode()).as("an incomplete run does not pass: " + outcome.err()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<h1>INCOMPLETE</h1>",
        "INCOMPLETE RUN (killed or interrupted): 2 checks recorded", "http://127.0.0.1:4566")
        .doesNotContain("<h1>PASS</h1>", "PROTO-SUCCESS-ListIncidentRecords");
  }

  @Test
  void aFinishedRunIsNotMarkedIncomplete() throws IOException {
    Path file = results(result("PROTO-SUCCESS-GetResponsePlan", CheckStatus.PASS));
    Files.writeString(dir.resolve("run.json"), run(true).toJson());

    Cli.Outcome outcome = Cli.run("report", file.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<h1>PASS</h1>").doesNotContain("INCOMPLETE");
  }

  private static RunInfo run(boolean finished) {
    return new RunInfo("http://127.0.0.1:4566", "2023-11-16", false, "full", "42", "0.1.0", Instant.now(),
        finished ? 1_000 : 0, 0, "imkit run", finished);
  }

  @Test
  void writesWhereToldAndUsesTheBaseline() throws IOException {
    Path file = results(result("PROTO-SUCCESS-CreateResponsePlan", CheckStatus.FAIL));
    Path baseline = Files.writeString(dir.resolve("known.txt"), "PROTO-SUCCESS-CreateResponsePlan  # known\n");
    Path out = dir.resolve("sub/triage.html");
    Files.writeString(dir.resolve("run.json"), run(true).toJson());
    Cli.Outcome outcome = Cli.run("report", dir.toString(), "--out", out.toString(), "--baseline", baseline.toString());
    assertThat(outcome.exitCode()).as("only a known failure: " + outcome.err()).isZero();
    assertThat(out).exists();
    assertThat(dir.resolve("report.html")).doesNotExist();
    assertThat(file).exists();
  }

  @Test
  void refusesWhatIsNotResults() throws IOException {
    Path notResults = Files.writeString(dir.resolve("results.jsonl"), "{\"hello\":1}\nnot json\n{}\n");
    Cli.Outcome outcome = Cli.run("report", notResults.toString());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).singleElement().asString().startsWith("imkit report: ").contains("line 1");
  }

  @Test
  void refusesATextFileAndAnEmptyFile() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "just a note\n");
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

    Cli.Outcome onText = Cli.run("report", text.toString());
    Cli.Outcome onEmpty = Cli.run("report", empty.toString());

    assertThat(onText.exitCode()).isEqualTo(2);
    assertThat(onText.errLines()).singleElement().asString().contains("notes.txt line 1", "not a CheckResult");
    assertThat(onEmpty.exitCode()).isEqualTo(2);
    assertThat(onEmpty.errLines()).singleElement().asString().contains("empty.jsonl holds no check record");
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void rerendersEveryReportOfARunInPlaceAndKeepsItsResults() throws IOException {
    Path file = results(result("PROTO-SUCCESS-GetResponsePlan", CheckStatus.PASS));
    Files.writeString(dir.resolve("run.json"), run(true).toJson());
    byte[] resultsBefore = Files.readAllBytes(file);

    Cli.Outcome outcome = Cli.run("report", dir.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("PASS: 1 checks: 1 passed");
    assertThat(Files.readAllBytes(file)).isEqualTo(resultsBefore);
    assertThat(dir.resolve("junit/TEST-imkit.xml")).exists();
    assertThat(Files.readString(dir.resolve("run.json"))).contains("\"verdict\":{\"outcome\":\"PASS\"");
  }

  @Test
  void refusesAMalformedBaseline() throws IOException {
    Path file = results(result("PROTO-SUCCESS-GetResponsePlan", CheckStatus.PASS));
    Path baseline = Files.writeString(dir.resolve("known.txt"), "two words\n");
    Cli.Outcome outcome = Cli.run("report", file.toString(), "--baseline", baseline.toString());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).singleElement().asString().contains("expected one check ID");
  }
}
