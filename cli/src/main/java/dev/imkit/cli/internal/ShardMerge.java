package dev.imkit.cli.internal;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.RunFiles;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code imkit report SHARD...}: the results of the shards of one run ({@code --shard K/N} jobs of a CI matrix),
 * merged into one {@code results.jsonl}, {@code run.json} and report. Each check is in one shard; a finding of
 * an exploration may be made by several, and the merge keeps its worst status (the first, on a tie). The shards
 * must share a seed: they are the slices of one run.
 */
final class ShardMerge {
  /** Statuses from worst to best: a check's merged status is the worst any shard gave it. */
  private static final List<CheckStatus> WORST_FIRST = List.of(CheckStatus.FAIL, CheckStatus.BLOCKED,
      CheckStatus.KNOWN, CheckStatus.ADVISORY, CheckStatus.PASS, CheckStatus.SKIP);

  private ShardMerge() {
  }

  /** The merged results and run record of the shards at {@code inputs}. */
  record Merged(List<CheckResult> results, RunInfo info) {
  }

  /**
   * Merges the shards, writes the merged {@code results.jsonl} and every report of a run in {@code dir}, prints
   * the run's summary; returns the merged run's verdict.
   */
  static Verdict report(List<Path> inputs, Path dir, Optional<Baseline> baseline, PrintWriter out) {
    Merged merged = merge(inputs);
    ReportFolder folder = ReportFiles.folder(dir);
    folder.claim();
    StringBuilder lines = new StringBuilder();
    merged.results().forEach(r -> lines.append(r.toJson()).append('\n'));
    folder.write(RunFiles.RESULTS, lines.toString());
    return ReportFiles.finish(folder, merged.info(), merged.results(), baseline, out);
  }

  static Merged merge(List<Path> inputs) {
    Map<String, CheckResult> byId = new LinkedHashMap<>();
    List<RunInfo> infos = new ArrayList<>();
    for (Path input : inputs) {
      List<CheckResult> shard = ReportFiles.readResults(input);
      shard.forEach(r -> byId.merge(r.id(), r, ShardMerge::worse));
      Path dir = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
      Path run = dir.resolve(RunFiles.RUN_JSON);
      if (Files.isReadable(run)) {
        infos.add(ReportFiles.readRunInfo(run));
      }
    }
    List<CheckResult> results = List.copyOf(byId.values());
    return new Merged(results, info(infos, results, inputs.size()));
  }

  private static CheckResult worse(CheckResult a, CheckResult b) {
    return WORST_FIRST.indexOf(b.status()) < WORST_FIRST.indexOf(a.status()) ? b : a;
  }

  /** One run record for the shards: the first's target and seed, from the earliest start to the latest end. */
  private static RunInfo info(List<RunInfo> infos, List<CheckResult> results, int shards) {
    long requests = results.stream().mapToLong(CheckResult::requests).sum();
    if (infos.isEmpty()) {
      String seed = results.stream().map(CheckResult::seed).filter(s -> !s.isEmpty()).findFirst().orElse("");
      return new RunInfo("unknown (no run.json beside the shards' results)", "", false, "", seed,
          Version.current(), Instant.EPOCH, 0, requests, "", false);
    }
    Set<String> seeds = new LinkedHashSet<>();
    infos.forEach(i -> seeds.add(i.seed()));
    if (seeds.size() > 1) {
      throw new UsageException("the results come from different runs (seeds " + String.join(", ", seeds)
          + "): merge the shards of one run, started with the same --seed");
    }
    RunInfo first = infos.get(0);
    Instant start = infos.stream().map(RunInfo::start).min(Instant::compareTo).orElse(first.start());
    long end = infos.stream().mapToLong(i -> i.start().toEpochMilli() + i.durationMillis()).max().orElse(0);
    boolean finished = infos.size() == shards && infos.stream().allMatch(RunInfo::finished);
    return new RunInfo(first.target(), first.revision(), first.revisionDetected(), first.profile(), first.seed(),
        first.kitVersion(), start, Math.max(0, end - start.toEpochMilli()), requests,
        first.commandLine() + " (and " + (infos.size() - 1) + " more shards)", finished);
  }
}
