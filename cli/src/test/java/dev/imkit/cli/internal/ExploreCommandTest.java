package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imkit explore} end to end against the embedded emulator: progress, findings, reports, exit codes. */
class ExploreCommandTest {
  @TempDir
  Path dir;

  @Test
  void theCleanEmulatorExitsZeroWithTheReportsOfARun() throws IOException {
    Cli.Outcome outcome = Cli.run("explore", "--sequences", "60", "--seed", "4", "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).as(outcome.err() + outcome.out()).isZero();
    assertThat(outcome.err()).contains("imkit: exploring the embedded emulator (revision 2023-11-16), seed 4")
        .containsPattern("imkit: 60 sequences, [\\d,]+ steps \\([\\d,]+/s\\), [\\d,]+ requests/s, 0 findings");
    assertThat(outcome.out()).contains("explored 60 sequences").contains("no findings")
        .contains("report: " + dir.resolve("report.html"))
        // an exploration judges sequences, not the contract's rules: no "stands on 0 of 396 rules"
        .doesNotContain("rules");
    assertThat(Files.readString(dir.resolve("results.jsonl"))).contains("\"id\":\"STATE-EXPLORE\"")
        .contains("\"status\":\"PASS\"");
    assertThat(Files.readString(dir.resolve("run.json"))).contains("\"commandLine\":\"imkit explore --sequences 60")
        .contains("\"finished\":true");
    assertThat(dir.resolve("junit/TEST-imkit.xml")).exists();
  }

  @Test
  void aSequenceFaultIsAFindingWithItsReplayAndExitOne() throws IOException {
    Cli.Outcome outcome = Cli.run("explore", "--fault", "delete-leaves-in-lists", "--sequences", "150", "--seed", "3",
        "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).as(outcome.err() + outcome.out()).isEqualTo(ExitCode.NEW_FAILURES);
    assertThat(outcome.out()).containsPattern("STATE-EXPLORE-LISTED-Delete(ResponsePlan|IncidentRecord)-extra +List")
        .contains("is listed 1 time(s) by the target, 0 by the reference")
        .contains("replay: ./imkit explore --revision 2023-11-16 --fault delete-leaves-in-lists --seed 3 --replay ");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("STATE-EXPLORE-LISTED-Delete");
  }

  @Test
  void aBadBudgetIsOneLineAndExitTwo() {
    Cli.Outcome outcome = Cli.run("explore", "--duration", "soon", "--report-dir", dir.toString());
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(outcome.errLines()).singleElement().asString()
        .isEqualTo("imkit explore: imkit.explore.duration 'soon' is not a duration: give e.g. 90s, 10m or 1h");
    assertThat(Cli.run("explore", "--shard", "3/2").errLines()).singleElement().asString()
        .contains("imkit.shard 3/2 is not a shard");
  }
}
