package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultCategory;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Reproducer;
import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.schemas.api.Revisions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * For each fault of the emulator that fails checks: the replay command the report shows, run as it stands (its
 * words as bash reads them), fails again with the same check; and the report's curl reproducer, run by bash
 * against a fresh emulator with the same fault, which verifies every signature, gets the status the run got.
 * The faults are split in two test classes by category ({@link SingleAnswerFaultReproductionTest}, {@link
 * SequenceFaultReproductionTest}: every fault in exactly one), so that the build's two test JVMs share them; their
 * names put them first in the CLI's test order (reverse alphabetical, see the module's pom).
 */
abstract class FaultReproduction {
  /** The categories whose faults show in single answers; the others' show across calls. */
  private static final Set<FaultCategory> ANSWER = EnumSet.of(FaultCategory.PROTOCOL, FaultCategory.SCHEMA,
      FaultCategory.SDK, FaultCategory.SECURITY, FaultCategory.VALIDATION);
  private static final Pattern STATUS = Pattern.compile("(?m)^HTTP/[0-9.]+ ([0-9]{3})");
  private static final String KEY = "AKIDCURLREPRODUCER";
  private static final String SECRET = "curl-reproducer-secret-key-of-the-test";
  private static final int CURL_CASES = 6;

  @TempDir(factory = ScratchDir.class)
  Path dir;

  static Stream<Fault> answerFaults() {
    return Arrays.stream(Fault.values()).filter(f -> ANSWER.contains(f.category()));
  }

  static Stream<Fault> sequenceFaults() {
    return Arrays.stream(Fault.values()).filter(f -> !ANSWER.contains(f.category()));
  }

  void reproduce(Fault fault) throws Exception {
    Path first = dir.resolve("run");
    List<String> args = new ArrayList<>(List.of("run", "--fault", fault.id(), "--only", fault.category().name(),
        "--report-dir", first.toString()));
    if (fault.category() == FaultCategory.SECURITY) {
      args.addAll(List.of("--profile", "security"));
    }
    if (fault.category() == FaultCategory.REVISION) {
      // held to the current revision: detected, a target lacking a change is held to an older one and passes
      args.addAll(List.of("--revision", Revisions.current().name()));
    }
    Cli.Outcome run = Cli.run(args.toArray(String[]::new));
    List<CheckResult> failed = Results.read(first).stream().filter(r -> r.status() == CheckStatus.FAIL)
        .sorted(Comparator.comparing(CheckResult::id)).toList();
    assumeFalse(failed.isEmpty(), fault.id() + " fails no MUST check (it is caught as an advisory)");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);

    CheckResult check = failed.get(0);
    assertThat(Files.readString(first.resolve("report.html"))).contains(escaped(check.replayCommand()));
    if (fault.category() == FaultCategory.SECURITY) {
      assertReplayFailsAgain(check);
      return;
    }
    RunInfo info = RunInfo.fromJson(Files.readString(first.resolve("run.json")));
    replayBeside(check, () -> {
      assertCurlGetsTheSameStatus(fault, failed, info);
      return null;
    });
  }

  /**
   * The replay, with the curl reproducers run beside it: they start bash, curl and emulators of their own, nothing
   * the in-process replay reads or writes, so the second core works while either waits on processes or sockets.
   * A failure of either fails the test as it would alone.
   */
  private void replayBeside(CheckResult check, Callable<Void> reproducers) throws Exception {
    ExecutorService beside = Executors.newSingleThreadExecutor();
    try {
      Future<Void> curl = beside.submit(reproducers);
      assertReplayFailsAgain(check);
      try {
        curl.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Exception cause) {
          throw cause;
        }
        throw (Error) e.getCause();
      }
    } finally {
      beside.shutdown();
      assertThat(beside.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    }
  }

  private void assertReplayFailsAgain(CheckResult check) throws Exception {
    List<String> words = bashWords(check.replayCommand());
    assertThat(words.subList(0, 2)).containsExactly("./imkit", "run");
    Path again = dir.resolve("replay");

    Cli.Outcome replay = Cli.run(Map.of("IMKIT_REPORT_DIR", again.toString()),
        words.subList(1, words.size()).toArray(String[]::new));

    assertThat(replay.exitCode()).as(check.replayCommand() + "\n" + replay.out() + replay.err()).isEqualTo(1);
    // the replay runs the check, after the checks that provoked the answer it judges (the run's error ledger)
    List<String> only = List.of(words.get(words.indexOf("--only") + 1).split(","));
    assertThat(only).last().isEqualTo(check.id());
    assertThat(Results.read(again)).filteredOn(r -> r.status() == CheckStatus.FAIL).extracting(CheckResult::id)
        .contains(check.id()).isSubsetOf(only);
  }

  /**
   * The reproducers of the failures (at most {@link #CURL_CASES}), each against a fresh emulator with the fault:
   * each whose script notes nothing that may make it answer otherwise gets the status the run got, and at least
   * one does. Sequences with a percent-encoded path are left out: curl signs such a path encoded once where SigV4
   * for this service signs it encoded twice; if that leaves none, the test says so.
   */
  private void assertCurlGetsTheSameStatus(Fault fault, List<CheckResult> failed, RunInfo info) throws Exception {
    List<CheckResult> candidates = failed.stream().filter(r -> !r.exchanges().isEmpty())
        .filter(r -> !Reproducer.curl(r, info).contains("# Note: the path is percent-encoded")).limit(CURL_CASES)
        .toList();
    abortIf(candidates.isEmpty(), fault.id() + ": every failure's reproducer sends a percent-encoded path");
    int same = 0;
    for (CheckResult check : candidates) {
      String script = Reproducer.curl(check, info);
      int calls = check.failing() >= 0 ? check.failing() + 1 : check.exchanges().size();
      String expected = Integer.toString(check.failingExchange().orElseThrow().status());
      List<String> statuses;
      try (Emulator target = Emulator.builder().fault(fault).verifySignatures(KEY, SECRET).start()) {
        statuses = statuses(Files.writeString(dir.resolve("repro.sh"), script), target);
      }
      if (!script.contains("# Note:")) {
        assertThat(statuses).as(check.id() + "\n" + script).hasSize(calls).last().isEqualTo(expected);
      }
      same += statuses.size() == calls && statuses.get(calls - 1).equals(expected) ? 1 : 0;
    }
    assertThat(same).as(fault.id() + ": reproducers that got the run's status, of " + candidates.size()).isPositive();
  }

  private static void abortIf(boolean condition, String why) {
    if (condition) {
      throw new org.opentest4j.TestAbortedException(why);
    }
  }

  private List<String> statuses(Path script, Emulator target) throws IOException, InterruptedException {
    ProcessBuilder bash = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
    bash.environment().remove("AWS_SESSION_TOKEN");
    bash.environment().putAll(Map.of("IMKIT_ENDPOINT", target.uri().toString().replaceAll("/+$", ""),
        "AWS_ACCESS_KEY_ID", KEY, "AWS_SECRET_ACCESS_KEY", SECRET));
    Process p = bash.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).doesNotContain("curl: (");
    List<String> statuses = new ArrayList<>();
    Matcher m = STATUS.matcher(out);
    while (m.find()) {
      if (!m.group(1).equals("100")) {
        statuses.add(m.group(1));
      }
    }
    return statuses;
  }

  /** The words of a command line as bash reads them. */
  private static List<String> bashWords(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", "set -- " + command + "; printf '%s\\n' \"$@\"").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return out.lines().toList();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
