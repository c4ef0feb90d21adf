package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.internal.ResultsFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {
  @TempDir
  Path dir;

  @Test
  void aRecordIsOneLineOfJsonAndReadsBackEqual() {
    CheckResult result = Samples.result("VAL-X", "VALIDATION", "StartIncident", CheckStatus.FAIL,
        "line one\nline two \u2028 \"quoted\" <b>");

    String json = result.toJson();

    assertThat(json).doesNotContain("\n").contains("\"status\":\"FAIL\"", "\"durationMillis\":37");
    assertThat(CheckResult.fromJson(json)).isEqualTo(result);
  }

  @Test
  void aReportEntryCarriesTheRecordAsJsonAndHandsTheRecordItselfToThisJvm() {
    CheckResult result = Samples.result("VAL-Y", "VALIDATION", "StartIncident", CheckStatus.FAIL, "why \uD83D\uDE00");
    java.util.Map<String, String> entry = result.entry();

    assertThat(CheckResult.fromJson(entry.get(CheckResult.ENTRY_KEY))).isEqualTo(result);
    assertThat(CheckResult.fromEntry(entry)).containsSame(result);
    // a text this JVM did not publish (another JVM's, or a file's) is parsed
    CheckResult other = Samples.result("VAL-Z", "VALIDATION", "StartIncident", CheckStatus.PASS, "");
    assertThat(CheckResult.fromEntry(java.util.Map.of(CheckResult.ENTRY_KEY, other.toJson()))).contains(other)
        .get().isNotSameAs(other);
    assertThat(CheckResult.fromEntry(java.util.Map.of("other", "x"))).isEmpty();
  }

  @Test
  void halfACharacterIsReplacedAndTheNextRecordKeepsItsOwnLine() throws Exception {
    // a message cut inside a surrogate pair (an emoji of a generated input) ends with its high half
    String cut = "accepted an invalid input: {\"title\":\"ok \uD83D";
    CheckResult half = Samples.result("SDK-ERROR-X", "SDK", "StartIncident", CheckStatus.BLOCKED, cut);
    CheckResult next = Samples.results().get(0);

    try (ResultsFile file = ResultsFile.create(ReportFolder.at(dir))) {
      file.append(half);
      file.append(next);
    }

    assertThat(half.message()).endsWith("ok \uFFFD");
    assertThat(Files.readAllLines(dir.resolve("results.jsonl"))).hasSize(2);
    assertThat(Results.read(dir)).containsExactly(half, next);
    assertThat(new dev.imkit.reports.api.Cause("k", dev.imkit.reports.api.CauseKind.RULE_BROKEN, "x\uDE00", "")
        .summary()).isEqualTo("x\uFFFD");
  }

  @Test
  void aRunRecordReadsBackEqual() {
    RunInfo run = Samples.run();

    assertThat(RunInfo.fromJson(run.toJson())).isEqualTo(run);
    assertThat(run.toJson()).contains("\"start\":\"2026-11-30T18:40:00Z\"");
  }

  @Test
  void aTruncatedLastLineIsDropped() throws Exception {
    List<CheckResult> three = Samples.results().subList(0, 3);
    String text = three.stream().map(CheckResult::toJson).collect(Collectors.joining("\n")) + "\n";
    Path file = dir.resolve("results.jsonl");
    Files.writeString(file, text + three.get(0).toJson().substring(0, 40));

    assertThat(Results.read(dir)).isEqualTo(three);
  }

  @Test
  void aCompleteLastLineWithoutNewlineIsKept() throws Exception {
    List<CheckResult> two = Samples.results().subList(0, 2);
    Path file = dir.resolve("results.jsonl");
    Files.writeString(file, two.get(0).toJson() + "\n\n" + two.get(1).toJson());

    assertThat(Results.read(file)).isEqualTo(two);
  }

  @Test
  void aBrokenLineInTheMiddleNamesItsLine() throws Exception {
    Path file = dir.resolve("results.jsonl");
    Files.writeString(file, Samples.results().get(0).toJson() + "\n{\"id\":\n" + Samples.results().get(1).toJson());

    assertThatThrownBy(() -> Results.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void aMissingFileIsAClearError() {
    assertThatThrownBy(() -> Results.read(dir.resolve("nope.jsonl"))).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read results").hasMessageContaining("nope.jsonl");
  }
}
