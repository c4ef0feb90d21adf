package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Progress;
import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.ResultsListener;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The listener on a real Jupiter run of fake checks that publish entries the way the suites do. */
class ResultsListenerTest {
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  @TempDir
  Path dir;

  @Test
  void writesOneLinePerFinishedCheckWithTheEntryAndTheExecutionResult() {
    List<Progress> progress = new ArrayList<>();
    List<Integer> linesOnDiskAtEachCallback = new ArrayList<>();
    ResultsListener listener = ResultsListener.writingTo(dir).withSecrets(List.of(SECRET, "ab"))
        .withProgress(p -> {
          progress.add(p);
          linesOnDiskAtEachCallback.add(Results.read(dir).size());
        });
    run(listener, FakeChecks.class, Unreachable.class);

    Map<String, CheckResult> byId = Results.read(dir.resolve("results.jsonl")).stream()
        .collect(Collectors.toMap(CheckResult::id, Function.identity()));
    // what the listener hands on in the same JVM is what the file reads back, in its order
    assertThat(listener.results()).isEqualTo(Results.read(dir));
    assertThat(byId).containsOnlyKeys("PROTO-PASS", "VAL-FAIL", "STATE-KNOWN", "SDK-ADVISORY", "SEC-SKIP",
        "noEntry()", "SCHEMA-THREW", "ResultsListenerTest$Unreachable");
    CheckResult pass = byId.get("PROTO-PASS");
    assertThat(pass.status()).isEqualTo(CheckStatus.PASS);
    assertThat(pass.category()).isEqualTo(Category.PROTOCOL);
    assertThat(pass.operations()).containsExactly("StartIncident", "GetIncidentRecord");
    assertThat(pass.rules()).containsExactly("StartIncidentInput.title", "StartIncidentInput.impact");
    assertThat(pass.level()).isEqualTo(Level.MUST);
    assertThat(pass.since()).isEqualTo("2021-05-10");
    assertThat(pass.revision()).isEqualTo("2023-11-16");
    assertThat(pass.seed()).isEqualTo("42");
    assertThat(pass.requests()).isEqualTo(3);
    assertThat(pass.durationMillis()).isGreaterThanOrEqualTo(0);
    assertThat(byId.get("VAL-FAIL").status()).isEqualTo(CheckStatus.FAIL);
    assertThat(byId.get("VAL-FAIL").message()).isEqualTo("expected 400, got 200");
    assertThat(byId.get("STATE-KNOWN").status()).isEqualTo(CheckStatus.KNOWN);
    assertThat(byId.get("SDK-ADVISORY").status()).isEqualTo(CheckStatus.ADVISORY);
    assertThat(byId.get("SDK-ADVISORY").response()).startsWith("HTTP 200").hasSizeLessThan(70_000)
        .endsWith("more characters)");
    assertThat(byId.get("SEC-SKIP").status()).isEqualTo(CheckStatus.SKIP);
    assertThat(byId.get("noEntry()").status()).isEqualTo(CheckStatus.PASS);
    assertThat(byId.get("SCHEMA-THREW").status()).isEqualTo(CheckStatus.FAIL);
    assertThat(byId.get("SCHEMA-THREW").message()).contains("published PASS", "IllegalStateException: late boom");
    assertThat(byId.get("ResultsListenerTest$Unreachable").status()).isEqualTo(CheckStatus.FAIL);
    assertThat(byId.get("ResultsListenerTest$Unreachable").message()).contains("connection refused");

    assertThat(progress).hasSize(8);
    assertThat(progress.get(7).done()).isEqualTo(8);
    assertThat(progress.get(7).failed()).isEqualTo(3);
    assertThat(linesOnDiskAtEachCallback).isSorted().endsWith(8).allMatch(n -> n >= 1);
    assertThat(listener.done()).isEqualTo(8);
  }

  @Test
  void aRunInWhichNoCheckEndsWritesNothingAndLeavesThePreviousResults() throws Exception {
    run(ResultsListener.writingTo(dir), FakeChecks.class);
    byte[] previous = Files.readAllBytes(dir.resolve("results.jsonl"));
    ResultsListener failedStart = ResultsListener.writingTo(dir);

    run(failedStart, Unreachable.class);

    assertThat(failedStart.wroteResults()).isFalse();
    assertThat(Files.readAllBytes(dir.resolve("results.jsonl"))).isEqualTo(previous);
  }

  @Test
  void theRunsRecordIsWrittenUnfinishedWhenTheFirstCheckEnds() throws Exception {
    ResultsListener listener = ResultsListener.writingTo(dir).withCommandLine("imkit run --seed 42");

    run(listener, RunPublisher.class, FakeChecks.class);

    dev.imkit.reports.api.RunInfo run = dev.imkit.reports.api.RunInfo.fromJson(Files.readString(dir.resolve("run.json")));
    assertThat(run.finished()).isFalse();
    assertThat(run.commandLine()).isEqualTo("imkit run --seed 42");
    assertThat(run.region()).isEqualTo("eu-west-1");
    assertThat(listener.run()).contains(run);
  }

  @Test
  void redactsCredentialsAgainBeforeWriting() throws Exception {
    run(ResultsListener.writingTo(dir).withSecrets(List.of(SECRET)), FakeChecks.class);

    String text = Files.readString(dir.resolve("results.jsonl"));
    assertThat(text).doesNotContain(SECRET, "AKIDEXAMPLE/20261130", "5d672d79c15b13162d9279b0855cfba6789a8edb",
        "FQoGZXIvYXdzEXAMPLETOKEN", "deadbeefcafe");
    CheckResult pass = Results.read(dir).stream().filter(r -> r.id().equals("PROTO-PASS")).findFirst().orElseThrow();
    assertThat(pass.request()).contains("POST /startIncident", "Authorization: <redacted>",
        "X-Amz-Security-Token: <redacted>", "X-Amz-Signature=<redacted>", "\"title\": \"hello\"");
    assertThat(pass.message()).isEqualTo("secret was <redacted>");
  }

  @Test
  void aKilledRunLeavesTheLinesWrittenSoFar() throws Exception {
    run(ResultsListener.writingTo(dir), FakeChecks.class);
    Path file = dir.resolve("results.jsonl");
    byte[] all = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(all, all.length - 25));

    List<CheckResult> partial = Results.read(file);

    assertThat(partial).hasSize(6);
    assertThat(partial).extracting(CheckResult::id).doesNotHaveDuplicates();
  }

  @Test
  void withoutArgumentsItTakesItsDirectoryAndSecretsFromTheConfigurationParameters() throws Exception {
    Path configured = dir.resolve("configured");
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(FakeChecks.class))
        .configurationParameter("imkit.report-dir", configured.toString())
        .configurationParameter("imkit.secret-access-key", SECRET).build(), new ResultsListener());

    assertThat(Results.read(configured)).hasSize(7);
    assertThat(Files.readString(configured.resolve("results.jsonl"))).doesNotContain(SECRET);
  }

  @Test
  void aDirectoryThatCannotBeWrittenFailsBeforeTheRun() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file.txt"), "x");

    assertThatThrownBy(() -> ResultsListener.writingTo(notADirectory.resolve("sub")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot create the report folder");
  }

  private static void run(ResultsListener listener, Class<?>... fixtures) {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    for (Class<?> fixture : fixtures) {
      request.selectors(selectClass(fixture));
    }
    LauncherFactory.create().execute(request.build(), listener);
  }

  static CheckResult record(String id, String category, String status, String message,
      List<ExchangeRecord> exchanges) {
    return new CheckResult(id, Category.valueOf(category), List.of("StartIncident", "GetIncidentRecord"),
        List.of("StartIncidentInput.title", "StartIncidentInput.impact"), Level.MUST, "2021-05-10", "2023-11-16",
        CheckStatus.valueOf(status), 0, message, null, exchanges, -1, "42", 3, "", List.of());
  }

  static Map<String, String> entry(String id, String category, String status) {
    return entry(record(id, category, status, "", List.of()));
  }

  static Map<String, String> entry(CheckResult record) {
    return Map.of(CheckResult.ENTRY_KEY, record.toJson());
  }

  /** Fake checks publishing their records as the suites' CheckRunner does. */
  static class FakeChecks {
    @Test
    void pass(TestReporter reporter) {
      ExchangeRecord signed = new ExchangeRecord(ExchangeRecord.Role.CHECK, "StartIncident", "POST",
          "/startIncident?X-Amz-Signature=deadbeefcafe", Map.of("Authorization", List.of("AWS4-HMAC-SHA256 "
              + "Credential=AKIDEXAMPLE/20261130/us-east-1/ssm-incidents/aws4_request, SignedHeaders=host;x-amz-date, "
              + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb"),
              "X-Amz-Security-Token", List.of("FQoGZXIvYXdzEXAMPLETOKEN")), "{\"title\": \"hello\"}", 200, Map.of(),
          "", 1);
      reporter.publishEntry(entry(record("PROTO-PASS", "PROTOCOL", "PASS", "secret was " + SECRET, List.of(signed))));
    }

    @Test
    void fail(TestReporter reporter) {
      reporter.publishEntry(entry(record("VAL-FAIL", "VALIDATION", "FAIL", "expected 400, got 200", List.of())));
      throw new AssertionError("expected 400, got 200");
    }

    @Test
    void known(TestReporter reporter) {
      reporter.publishEntry(entry("STATE-KNOWN", "STATE", "KNOWN"));
      Assumptions.abort("KNOWN FAILURE (in the baseline)");
    }

    @Test
    void advisory(TestReporter reporter) {
      ExchangeRecord big = new ExchangeRecord(ExchangeRecord.Role.CHECK, "GetIncidentRecord", "GET", "/x", Map.of(),
          "", 200, Map.of(), "x".repeat(200_000), 1);
      reporter.publishEntry(entry(record("SDK-ADVISORY", "SDK", "ADVISORY", "", List.of(big))));
      Assumptions.abort("ADVISORY");
    }

    @Test
    void skip(TestReporter reporter) {
      reporter.publishEntry(entry("SEC-SKIP", "SECURITY", "SKIP"));
      Assumptions.abort("not in the profile");
    }

    @Test
    void noEntry() {
      assertThat(1).isOne();
    }

    @Test
    void threwAfterPublishing(TestReporter reporter) {
      reporter.publishEntry(entry(record("SCHEMA-THREW", "SCHEMA", "PASS", "published PASS", List.of())));
      throw new IllegalStateException("late boom");
    }
  }

  /** A check class that publishes the run's record before its checks, as the suites' extension does. */
  static class RunPublisher {
    @BeforeAll
    static void open(TestReporter reporter) {
      reporter.publishEntry(Map.of(dev.imkit.reports.api.RunInfo.ENTRY_KEY, Samples.run().toJson()));
    }

    @Test
    void check(TestReporter reporter) {
      reporter.publishEntry(entry("PROTO-RUN", "PROTOCOL", "PASS"));
    }
  }

  /** A suite whose target cannot be reached: its class fails before any check publishes anything. */
  static class Unreachable {
    @BeforeAll
    static void connect() {
      throw new IllegalStateException("target unreachable: connection refused");
    }

    @Test
    void neverRuns() {
      assertThat(1).isOne();
    }
  }
}
