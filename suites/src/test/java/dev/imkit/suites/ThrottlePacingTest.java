package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.schemas.api.Revisions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code PROTO-THROTTLE-LOW-RATE} paces its ten calls 200 ms apart against any endpoint, a loopback emulator
 * included, and sends them back to back only to the embedded emulator the run started, which counts calls and times
 * none (the same answers, 1.8 s sooner).
 */
class ThrottlePacingTest {
  private static final String CHECK = "PROTO-THROTTLE-LOW-RATE";

  @Test
  void anEndpointGetsTheCallsTwoHundredMillisecondsApart() throws IOException {
    List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), r -> {
          if (r.pathAndQuery().startsWith("/listResponsePlans")) {
            arrivals.add(System.nanoTime());
          }
          return r;
        }, a -> a)) {
      CheckResult record = only(Runs.run(Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id",
          "AKIDPROXY", "imkit.secret-access-key", "secret", "imkit.revision", Revisions.current().name(),
          "imkit.only", CHECK)).records());

      assertThat(record.status()).isEqualTo(CheckStatus.PASS);
      List<Long> calls = arrivals.subList(arrivals.size() - 10, arrivals.size());
      for (int i = 1; i < calls.size(); i++) {
        assertThat((calls.get(i) - calls.get(i - 1)) / 1_000_000).as("gap before call " + (i + 1))
            .isGreaterThanOrEqualTo(190);
      }
    }
  }

  @Test
  void theRunsOwnEmulatorGetsThemBackToBack() {
    CheckResult record = only(Runs.run(Map.of("imkit.only", CHECK)).records());

    assertThat(record.status()).isEqualTo(CheckStatus.PASS);
    assertThat(record.requests()).isEqualTo(10);
    assertThat(record.durationMillis()).isLessThan(1_000);
    assertThat(record.notes()).anyMatch(n -> n.contains("back to back"));
  }

  private static CheckResult only(List<CheckResult> records) {
    return records.stream().filter(r -> r.id().equals(CHECK)).findFirst().orElseThrow();
  }
}
