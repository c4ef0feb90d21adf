package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines written from a run, used by the next one, with stale entries, unknown IDs and bad files told. */
class BaselineCommandTest {
  private static final String[] FAULTY = {"run", "--fault", "success-200-everywhere", "--only",
      "PROTO-SUCCESS-CreateResponsePlan,PROTO-SUCCESS-TagResource,PROTO-SUCCESS-GetResponsePlan"};

  @TempDir
  Path dir;

  private Cli.Outcome run(String... more) {
    String[] args = new String[FAULTY.length + more.length];
    System.arraycopy(FAULTY, 0, args, 0, FAULTY.length);
    System.arraycopy(more, 0, args, FAULTY.length, more.length);
    return Cli.run(args);
  }

  @Test
  void aBaselineWrittenByARunMakesTheSameRunPass() throws IOException {
    Path baseline = dir.resolve("known.txt");
    Cli.Outcome first = run("--report-dir", dir.resolve("a").toString(), "--write-baseline", baseline.toString());
    assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
    assertThat(first.out()).contains("baseline: 2 checks written to " + baseline);
    assertThat(Files.readString(baseline)).contains("PROTO-SUCCESS-CreateResponsePlan  # CreateResponsePlan: ",
        "PROTO-SUCCESS-TagResource  # ").doesNotContain("PROTO-SUCCESS-GetResponsePlan");

    Cli.Outcome second = run("--report-dir", dir.resolve("b").toString(), "--baseline", baseline.toString());

    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).containsPattern("PASS: \\d+ checks: 1 passed, 0 failed, 0 blocked, 2 known failures");
  }

  @Test
  void imkitBaselinePrintsTheFailuresOfAResultsFileWithTheirReasons() throws IOException {
    run("--report-dir", dir.toString());

    Cli.Outcome outcome = Cli.run("baseline", dir.resolve("results.jsonl").toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).startsWith("# imkit baseline").containsPattern(
        "(?m)^PROTO-SUCCESS-CreateResponsePlan  # CreateResponsePlan: .*201.*200").doesNotContain("GetResponsePlan  #");
    Path written = Files.writeString(dir.resolve("known.txt"), outcome.out());
    assertThat(run("--report-dir", dir.resolve("c").toString(), "--baseline", written.toString()).exitCode()).isZero();
  }

  @Test
  void staleEntriesAndUnknownIdsAreReportedWithTheirLines() throws IOException {
    Path baseline = Files.writeString(dir.resolve("known.txt"), "PROTO-SUCCESS-CreateResponsePlan\n"
        + "PROTO-SUCCESS-TagResource\nPROTO-SUCCESS-GetResponsePlan  # fixed since\n\nPROTO-SUCESS-Typo\n");

    Cli.Outcome outcome = run("--report-dir", dir.toString(), "--baseline", baseline.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("baseline: 1 entries now pass (remove them): PROTO-SUCCESS-GetResponsePlan",
        "baseline: 1 entries name no check of this kit", baseline + " line 5: PROTO-SUCESS-Typo");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("1 fixed (PROTO-SUCCESS-GetResponsePlan");
  }

  @Test
  void aBaselineInAnotherEncodingIsRefusedNamingTheFileAndLine() throws IOException {
    Path latin1 = dir.resolve("known.txt");
    Files.write(latin1, "PROTO-SUCCESS-TagResource\nPROTO-SUCCESS-CreateResponsePlan  # caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));

    Cli.Outcome outcome = run("--report-dir", dir.resolve("r").toString(), "--baseline", latin1.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).singleElement().asString().contains(latin1 + " line 2", "not UTF-8 text (byte 0xE9)",
        "save the file as UTF-8");
    assertThat(dir.resolve("r/results.jsonl")).doesNotExist();
  }

  @Test
  void aResultsFileIsRequired() throws IOException {
    Path text = Files.writeString(dir.resolve("x.txt"), "hello\n");

    Cli.Outcome outcome = Cli.run("baseline", text.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).singleElement().asString().contains("x.txt line 1");
  }
}
