package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A target that refuses one optional member it should accept (any input carrying {@code chatChannel}): the full
 * controls that carry it are refused (their VAL-CONTROL checks fail), so the checks of other places fall back to
 * the base with their place alone, and checks elsewhere whose valid input carries the member are blocked by that
 * refusal.
 * A map's first value and its first key share that control; before, the key's check got the value's control from
 * the run's cache and the kit threw, reported as a failure of the target with an empty message.
 */
class OptionalMemberRefusedTest {
  @Test
  void checksOfOtherPlacesAreJudgedOnControlsOfTheirOwnAndTheRefusedMemberNeverPasses() throws IOException {
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), r -> r, a -> a.request().body().contains("\"chatChannel\"")
            ? a.with(400, Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType",
                List.of("ValidationException")), "{\"message\":\"chatChannel is not supported\"}") : a)) {
      List<CheckResult> records = Runs.run(Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id",
          "AKIDPROXY", "imkit.secret-access-key", "secret"), Category.VALIDATION, Category.STATE).records();

      assertThat(records).filteredOn(r -> r.message().startsWith("the kit failed")).isEmpty();
      assertThat(records).filteredOn(r -> r.id().startsWith("VAL-EDGE-KEYLENGTH-CreateResponsePlan-"))
          .isNotEmpty().allMatch(r -> r.status() == CheckStatus.PASS);
      assertThat(records).filteredOn(r -> r.id().contains("chatChannel"))
          .isNotEmpty().noneMatch(r -> r.status() == CheckStatus.PASS);
      // a STATE check whose generated plan carries the member is blocked by the control's refusal, not failed
      assertThat(records).filteredOn(r -> r.id().equals("STATE-READBACK-CreateResponsePlan")).singleElement()
          .satisfies(r -> assertThat(r.status()).isEqualTo(CheckStatus.BLOCKED))
          .satisfies(r -> assertThat(r.cause().key()).startsWith("refused:CreateResponsePlan:chatChannel"));
      assertThat(records).filteredOn(r -> r.category() == Category.STATE && r.status() == CheckStatus.FAIL).isEmpty();
    }
  }

  /**
   * A control throttled on its way (the first two StartIncident calls carrying a PagerDuty related item, without
   * retries): the first rule site under that member falls back to the base with its place alone, and the next sites
   * under the member get the member's own control, not that site's control from the run's cache (the two share a
   * name; before, the kit threw "does not host" for every other site under the member).
   */
  @Test
  void aThrottledControlLeavesEachPlaceAControlThatHostsIt() throws IOException {
    java.util.concurrent.atomic.AtomicInteger pagerDuty = new java.util.concurrent.atomic.AtomicInteger();
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), r -> r, a -> a.request().body().contains("\"pagerDutyIncidentDetail\"")
            && pagerDuty.incrementAndGet() <= 2 ? a.with(429, Map.of("Content-Type", List.of("application/json"),
                "X-Amzn-ErrorType", List.of("ThrottlingException")), "{\"message\":\"Rate exceeded\"}") : a)) {
      List<CheckResult> records = Runs.run(Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id",
          "AKIDPROXY", "imkit.secret-access-key", "secret", "imkit.only", "StartIncident", "imkit.retries", "0",
          "imkit.parallel", "1"), Category.VALIDATION).records();

      assertThat(records).filteredOn(r -> r.message().startsWith("the kit failed")).isEmpty();
      assertThat(records).filteredOn(r -> r.id().contains("-StartIncident-") && r.id().contains("pagerDutyIncidentDetail"))
          .hasSizeGreaterThan(5)
          .allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message()).isIn(CheckStatus.PASS,
              CheckStatus.BLOCKED))
          .filteredOn(r -> r.status() == CheckStatus.BLOCKED).hasSizeLessThan(3)
          .allSatisfy(r -> assertThat(r.cause().key()).startsWith("throttled:"));
    }
  }
}
