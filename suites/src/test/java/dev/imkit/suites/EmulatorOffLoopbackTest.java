package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An emulator that is not on loopback, as a service container in a CI network is ({@code http://localstack:4566}):
 * the standalone emulator runs in a network namespace of its own, reached through a veth pair. Without a word it
 * counts as a live account (and nothing is written: its account is not allowlisted); with {@code imkit.live=false}
 * the kit runs in full against it: no credentials, no account, no allowlist, no rate limit or budget.
 */
class EmulatorOffLoopbackTest {
  private static NetworkNamespace namespace;
  private static Process emulator;
  private static String endpoint;

  @BeforeAll
  static void startTheEmulatorInANamespace() throws Exception {
    namespace = NetworkNamespace.create();
    emulator = namespace.exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.imkit.emulator.internal.Main",
        "--host", namespace.innerAddress(), "--port", "4566"));
    BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("the emulator's first line").isEqualTo("listening on http://" + namespace.innerAddress()
        + ":4566");
    endpoint = "http://" + namespace.innerAddress() + ":4566";
  }

  @AfterAll
  static void stop() throws Exception {
    if (emulator != null) {
      emulator.destroy();
      emulator.waitFor(10, TimeUnit.SECONDS);
    }
    if (namespace != null) {
      namespace.close();
    }
  }

  @Test
  void anEmulatorSaidToBeOneRunsInFullWithNoAccountAndNoLimits() {
    long start = System.nanoTime();
    Runs.Outcome outcome = Runs.run(Map.of("imkit.endpoint", endpoint, "imkit.live", "false"), Category.PROTOCOL,
        Category.STATE);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.passed()).contains("PROTO-SUCCESS-CreateResponsePlan", "STATE-READBACK-CreateResponsePlan",
        "STATE-FILTER-ListIncidentRecords-status", "PROTO-QUOTA-TagResource");
    long requests = outcome.records().stream().mapToLong(CheckResult::requests).sum();
    // a live target gets 5 requests a second: these checks alone would have taken over a minute
    assertThat(requests).isGreaterThan(300);
    assertThat(requests / seconds).isGreaterThan(5);
    assertThat(outcome.records()).allSatisfy(r -> assertThat(r.revision()).isEqualTo("2023-11-16"));
  }

  @Test
  void withoutAWordItCountsAsLiveAndNothingIsWritten() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.endpoint", endpoint, "imkit.access-key-id", "AKIDCI",
        "imkit.secret-access-key", "secret"), Category.PROTOCOL);
    assertThat(outcome.passed()).isEmpty();
    assertThat(outcome.failedContainers().values()).singleElement().asString()
        .contains("is live").contains("imkit.live=false if it is an emulator");
  }
}
