package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Targets that fail as real ones do, made by a proxy in front of the emulator: an operation that refuses every
 * valid input, one whose connections close unanswered, one that answers after the timeout. Each is reported by the
 * checks that send the operation, every check that needs it is BLOCKED naming it, nothing else fails, and the
 * run completes.
 */
class PoorTargetTest {
  private Emulator emulator;

  @BeforeEach
  void start() {
    emulator = Emulator.builder().start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Runs.Outcome through(UnaryOperator<Proxy.Request> requests, UnaryOperator<Proxy.Answer> answers,
      Map<String, String> more) throws IOException {
    try (Proxy proxy = new Proxy(emulator.uri(), requests, answers)) {
      Map<String, String> settings = new HashMap<>(Map.of("imkit.endpoint", proxy.uri().toString(),
          "imkit.access-key-id", "AKIDPROXY", "imkit.secret-access-key", "secret"));
      settings.putAll(more);
      return Runs.run(settings);
    }
  }

  /** Whether a request is a call of the operation (its method and path; its labels match any segment). */
  static Predicate<String> route(String operation) {
    Operation op = Contract.current().operation(operation);
    String path = op.uri().replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "[^/?]+");
    return methodAndPath -> methodAndPath.matches(op.method() + " " + path + "(\\?.*)?");
  }

  private static boolean is(Proxy.Request r, String operation) {
    return route(operation).test(r.method() + " " + r.pathAndQuery());
  }

  private static Map<String, String> status(Runs.Outcome outcome, CheckStatus status) {
    return outcome.records().stream().filter(r -> r.status() == status).collect(Collectors.toMap(CheckResult::id,
        r -> r.cause() == null ? "" : r.cause().key(), (a, b) -> a, TreeMap::new));
  }

  @Test
  void anOperationThatRefusesEveryValidInputIsOneFailureAndBlocksWhatNeedsIt() throws IOException {
    Runs.Outcome outcome = through(r -> r, a -> is(a.request(), "CreateTimelineEvent") ? a.with(400,
        Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType", List.of("ValidationException")),
        "{\"message\":\"refused\"}") : a, Map.of());
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(status(outcome, CheckStatus.FAIL)).containsExactly(
        Map.entry("VAL-CONTROL-CreateTimelineEvent", "refused:CreateTimelineEvent"));
    assertThat(outcome.failures().get("VAL-CONTROL-CreateTimelineEvent"))
        .startsWith("valid input refused: CreateTimelineEvent")
        .contains("400 ValidationException {\"message\":\"refused\"}");
    List<CheckResult> blocked = outcome.records().stream().filter(r -> r.status() == CheckStatus.BLOCKED).toList();
    assertThat(blocked).allSatisfy(r -> {
      assertThat(r.cause().key()).isEqualTo("refused:CreateTimelineEvent");
      assertThat(r.cause().reportedBy()).isEqualTo("VAL-CONTROL-CreateTimelineEvent");
    });
    // the operation's own checks and every check that needs an event wait on it, in every category
    assertThat(blocked).extracting(CheckResult::id).contains("PROTO-SUCCESS-CreateTimelineEvent",
        "PROTO-ERROR-CreateTimelineEvent", "SDK-CALL-CreateTimelineEvent", "SDK-ERROR-CreateTimelineEvent",
        "SCHEMA-OUTPUT-GetTimelineEvent", "STATE-READBACK-CreateTimelineEvent", "STATE-DELETE-DeleteTimelineEvent",
        "STATE-LIST-ListTimelineEvents", "IDEM-REPLAY-CreateTimelineEvent", "PAGE-WALK-ListTimelineEvents",
        "REV-PROBE-2022-11-11-UpdateTimelineEvent", "VAL-REQUIRED-CreateTimelineEvent-eventType",
        "VAL-EDGE-LENGTH-UpdateTimelineEvent-eventData");
    assertThat(outcome.passed()).contains("VAL-CONTROL-StartIncident", "STATE-START-StartIncident",
        "PROTO-SUCCESS-ListTimelineEvents");
  }

  /**
   * A read revision detection needs (GetResponsePlan, which reads back its round trips) closed unanswered: the round
   * trips prove nothing, detection goes on, and the run's checks name the unanswered read.
   */
  @Test
  void aConnectionClosedDuringRevisionDetectionLeavesItInconclusiveAndTheRunCompletes() throws IOException {
    Runs.Outcome outcome = through(r -> {
      if (is(r, "GetResponsePlan")) {
        throw new Proxy.Drop();
      }
      return r;
    }, a -> a, Map.of());
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(new java.util.TreeSet<>(status(outcome, CheckStatus.FAIL).values()))
        .containsExactly("no-answer:GetResponsePlan");
    assertThat(status(outcome, CheckStatus.BLOCKED).values()).allMatch("no-answer:GetResponsePlan"::equals);
    assertThat(outcome.passed()).contains("PROTO-SUCCESS-CreateResponsePlan", "STATE-START-StartIncident",
        "VAL-CONTROL-CreateResponsePlan");
  }

  @Test
  void connectionsClosedUnansweredAndAnswersTooLateAreNamedAndTheRunCompletes() throws IOException {
    Runs.Outcome outcome = through(r -> {
      if (is(r, "ListTagsForResource")) {
        throw new Proxy.Drop();
      }
      if (is(r, "GetResourcePolicies")) {
        try {
          Thread.sleep(1_500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return r;
    }, a -> a, Map.of("imkit.timeout-seconds", "0.5"));
    assertThat(outcome.failedContainers()).isEmpty();
    Map<String, String> failed = status(outcome, CheckStatus.FAIL);
    Map<String, String> blocked = status(outcome, CheckStatus.BLOCKED);
    // every verdict against the target rests on one of the two: the report groups them under two root causes
    assertThat(new java.util.TreeSet<>(failed.values())).containsExactly("no-answer:GetResourcePolicies",
        "no-answer:ListTagsForResource");
    assertThat(blocked.values()).allMatch(failed::containsValue);
    assertThat(outcome.failures().get("PROTO-SUCCESS-ListTagsForResource")).startsWith("the target did not answer")
        .contains("GET /tags/");
    assertThat(outcome.failures().get("PROTO-SUCCESS-GetResourcePolicies")).startsWith("the target did not answer")
        .contains("POST /getResourcePolicies", "timed out");
    assertThat(outcome.passed()).contains("PROTO-SUCCESS-CreateResponsePlan", "STATE-START-StartIncident",
        "VAL-CONTROL-TagResource", "PAGE-WALK-ListResponsePlans");
  }
}
