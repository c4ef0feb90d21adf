package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run split in shards ({@code --shard K/N}, the jobs of a CI matrix) and merged by {@code imkit report} is the
 * unsharded run: the same checks with the same statuses, exactly.
 */
class ShardMergeTest {
  @TempDir(factory = ScratchDir.class)
  Path dir;

  @Test
  void threeShardsOfTheWholeRunMergeIntoTheUnshardedRunsChecks() throws IOException {
    Cli.Outcome whole = Cli.run("run", "--seed", "21", "--report-dir", dir.resolve("whole").toString());
    assertThat(whole.exitCode()).as(whole.err()).isZero();
    List<String> shards = new ArrayList<>(List.of("report"));
    for (int k = 1; k <= 3; k++) {
      Path shard = dir.resolve("shard-" + k);
      Cli.Outcome outcome = Cli.run("run", "--seed", "21", "--shard", k + "/3", "--report-dir", shard.toString());
      assertThat(outcome.exitCode()).as(outcome.err()).isZero();
      assertThat(Results.read(shard)).hasSizeLessThan(Results.read(dir.resolve("whole")).size());
      shards.add(shard.toString());
    }
    Path merged = dir.resolve("merged/report.html");
    shards.addAll(List.of("--out", merged.toString()));
    Cli.Outcome report = Cli.run(shards.toArray(String[]::new));
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out()).contains("report: " + merged);
    assertThat(checks(dir.resolve("merged"))).isNotEmpty().isEqualTo(checks(dir.resolve("whole")));
    RunInfo info = RunInfo.fromJson(Files.readString(dir.resolve("merged/run.json")));
    assertThat(info.seed()).isEqualTo("21");
    assertThat(info.finished()).isTrue();
    assertThat(Files.readString(merged)).contains("PROTO-SUCCESS-GetResponsePlan");
  }

  @Test
  void shardsOfDifferentRunsAreRefused() {
    for (String seed : List.of("1", "2")) {
      Cli.run("run", "--seed", seed, "--only", "PROTO-SUCCESS-GetResponsePlan", "--report-dir",
          dir.resolve(seed).toString());
    }
    Cli.Outcome report = Cli.run("report", dir.resolve("1").toString(), dir.resolve("2").toString(), "--out",
        dir.resolve("m/report.html").toString());
    assertThat(report.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(report.err()).contains("the results come from different runs (seeds 1, 2)");
  }

  /** Each check's ID and status, in ID order. */
  private static List<String> checks(Path results) {
    return Results.read(results).stream().map(r -> r.id() + " " + r.status()).sorted().toList();
  }
}
