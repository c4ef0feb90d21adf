package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Deviations written apart from the emulator, through a proxy in front of it: each is one root cause, reported by
 * the check of its rule, and the checks it keeps from reading what they need name it instead of failing on their own.
 */
class ProxiedVariantsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> MISSING = Set.of("/putResourcePolicy", "/getResourcePolicies",
      "/deleteResourcePolicy");

  /**
   * Page tokens answered as JSON numbers (and taken back as numbers or text): no client can send such a token, so
   * every walk stops on its first page. One cause per list, token-type:<List>, reported by its PAGE-WALK check.
   */
  @Test
  void pageTokensOfAnotherTypeAreOneCausePerList() throws IOException {
    Map<String, String> tokens = new ConcurrentHashMap<>();
    UnaryOperator<Proxy.Request> back = r -> {
      JsonNode body = read(r.body());
      if (body instanceof ObjectNode o && o.has("nextToken") && tokens.containsKey(o.get("nextToken").asText())) {
        return r.withBody(o.put("nextToken", tokens.get(o.get("nextToken").asText())).toString());
      }
      return r;
    };
    UnaryOperator<Proxy.Answer> numbered = a -> {
      JsonNode body = a.status() == 200 ? read(a.body()) : null;
      if (body instanceof ObjectNode o && o.path("nextToken").isTextual() && !o.get("nextToken").asText().isEmpty()) {
        int n = tokens.size() + 1;
        tokens.put(Integer.toString(n), o.get("nextToken").asText());
        return a.with(a.status(), a.headers(), o.put("nextToken", n).toString());
      }
      return a;
    };
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), back, numbered)) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.STATE, Category.PAGINATION);
      List<CheckResult> failed = outcome.records().stream().filter(r -> r.status() == CheckStatus.FAIL).toList();
      assertThat(failed).extracting(CheckResult::id).contains("PAGE-WALK-ListResponsePlans",
          "PAGE-WALK-ListTimelineEvents", "STATE-SORT-ListTimelineEvents-EVENT_TIME-ASCENDING");
      assertThat(failed).allSatisfy(r -> {
        assertThat(r.cause().key()).startsWith("token-type:");
        assertThat(r.cause().reportedBy()).isEqualTo("PAGE-WALK-" + r.cause().key().substring("token-type:".length()));
      });
    }
  }

  /**
   * Operations answered 400 UnknownOperationException (a JSON error, not a 404 page): their own checks fail under
   * missing:<Op>, PROTO-SUCCESS, PROTO-ERROR and SDK-CALL included, and what needs them is blocked by it.
   */
  @Test
  void operationsRefusedAsUnknownFailTheirOwnChecksUnderOneCause() throws IOException {
    UnaryOperator<Proxy.Answer> unknown = a -> MISSING.contains(a.request().pathAndQuery().split("\\?")[0])
        ? a.with(400, Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType",
            List.of("UnknownOperationException")), "{\"message\":\"Unknown operation\"}") : a;
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), r -> r, unknown)) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.PROTOCOL, Category.SDK);
      Map<String, String> causes = new java.util.TreeMap<>();
      outcome.records().stream().filter(r -> r.status() == CheckStatus.FAIL)
          .forEach(r -> causes.put(r.id(), r.cause() == null ? "" : r.cause().key()));
      assertThat(causes).containsEntry("PROTO-SUCCESS-PutResourcePolicy", "missing:PutResourcePolicy")
          .containsEntry("PROTO-ERROR-GetResourcePolicies", "missing:GetResourcePolicies")
          .containsEntry("SDK-CALL-PutResourcePolicy", "missing:PutResourcePolicy");
      assertThat(causes.values()).allMatch(key -> key.startsWith("missing:"));
    }
  }

  /**
   * A target without the replication-set operations (a page of its own for their routes): the documentation has
   * a response plan need the account's replication set, but this target does not ask for one, so everything but
   * the replication set is judged. What fails or is blocked names the missing operation it rests on (the routes'
   * pages are not error answers of the API: PROTO-ERRORS-NAMED passes), and the response plans' rule sites pass.
   */
  @Test
  void aTargetWithoutReplicationSetsHasEverythingElseJudged() throws IOException {
    UnaryOperator<Proxy.Answer> noSets = a -> {
      String path = a.request().pathAndQuery().split("\\?")[0];
      return path.contains("ReplicationSet") || path.contains("DeletionProtection")
          ? a.with(404, Map.of("Content-Type", List.of("text/html")), "<html><body>Not Found</body></html>") : a;
    };
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), r -> r, noSets)) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.PROTOCOL, Category.VALIDATION);
      Map<String, String> causes = new java.util.TreeMap<>();
      outcome.records().stream().filter(r -> r.status() == CheckStatus.FAIL || r.status() == CheckStatus.BLOCKED)
          .forEach(r -> causes.put(r.id(), r.cause() == null ? "" : r.cause().key()));
      assertThat(causes).containsEntry("PROTO-SUCCESS-CreateReplicationSet", "missing:CreateReplicationSet")
          .containsEntry("VAL-CONTROL-UpdateReplicationSet", "missing:CreateReplicationSet");
      assertThat(causes.values()).allMatch(key -> key.matches("missing:\\w*(ReplicationSets?|DeletionProtection)"));
      assertThat(outcome.records()).filteredOn(r -> r.id().startsWith("VAL-") && r.id().contains("-CreateResponsePlan-")
          && r.status() == CheckStatus.PASS).hasSizeGreaterThan(50);
      assertThat(outcome.records()).filteredOn(r -> r.id().equals("PROTO-ERRORS-NAMED"))
          .extracting(CheckResult::status).containsExactly(CheckStatus.PASS);
    }
  }

  /**
   * Operations that refuse every valid input (400 ValidationException whatever is sent): their VAL-CONTROL check
   * fails ("valid input refused"), and so do their PROTOCOL bindings (a valid call with the label or query
   * refused: the very finding of a target that does not read them, which the control alone cannot tell apart);
   * every other check that needs them is blocked by that refusal, the REVISION round trips included.
   */
  @Test
  void anOperationRefusingEveryValidInputIsOneFailure() throws IOException {
    UnaryOperator<Proxy.Answer> refusing = a -> {
      String path = a.request().pathAndQuery().split("\\?")[0];
      return path.startsWith("/tags/") || path.equals("/updateRelatedItems")
          ? a.with(400, Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType",
              List.of("ValidationException")), "{\"message\":\"1 validation error detected\"}") : a;
    };
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), r -> r, refusing)) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.PROTOCOL, Category.VALIDATION, Category.REVISION);
      assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.FAIL).extracting(CheckResult::id)
          .containsExactlyInAnyOrder("VAL-CONTROL-UpdateRelatedItems", "VAL-CONTROL-TagResource",
              "VAL-CONTROL-UntagResource", "VAL-CONTROL-ListTagsForResource", "PROTO-LABEL-TagResource",
              "PROTO-LABEL-UntagResource", "PROTO-LABEL-ListTagsForResource", "PROTO-QUERY-UntagResource");
      assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.BLOCKED)
          .extracting(r -> r.cause().key()).allMatch(key -> key.matches("(refused|provoked):.*"))
          .contains("refused:UpdateRelatedItems", "refused:TagResource");
      assertThat(outcome.records()).filteredOn(r -> r.id().startsWith("REV-ENUM-UpdateRelatedItems")).isNotEmpty()
          .allMatch(r -> r.status() == CheckStatus.BLOCKED);
    }
  }

  /**
   * An operation answering 500 to every call, retries included: one failure, its VAL-CONTROL check, and every other
   * check that needs it blocked by that error, its query binding included (a server error says nothing of how the
   * call was bound).
   */
  @Test
  void anOperationFailingWithServerErrorsIsOneFailure() throws IOException {
    UnaryOperator<Proxy.Answer> failing = a -> a.request().pathAndQuery().startsWith("/getIncidentRecord?")
        ? a.with(500, Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType",
            List.of("InternalServerException")), "{\"message\":\"boom\"}") : a;
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), r -> r, failing)) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.PROTOCOL, Category.VALIDATION);
      assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.FAIL).extracting(CheckResult::id)
          .containsExactly("VAL-CONTROL-GetIncidentRecord");
      assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.BLOCKED)
          .extracting(r -> r.cause().key()).containsOnly("error:GetIncidentRecord:500");
      assertThat(outcome.records()).filteredOn(r -> r.id().equals("PROTO-QUERY-GetIncidentRecord"))
          .extracting(CheckResult::status).containsExactly(CheckStatus.BLOCKED);
    }
  }

  /**
   * A second replication set refused with 400 ValidationException instead of 409 ConflictException: the model does
   * not say which error it gets, so CreateReplicationSet's control proves nothing while the account has a set. Its
   * VAL-CONTROL check is an advisory and its rule sites are blocked by that, not failed as a valid input refused.
   */
  @Test
  void aSecondReplicationSetRefusedWithAnotherModeledErrorIsNoValidInputRefused() throws IOException {
    UnaryOperator<Proxy.Answer> validation = a -> a.status() == 409
        && a.request().pathAndQuery().startsWith("/createReplicationSet")
        ? a.with(400, Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType",
            List.of("ValidationException")), "{\"message\":\"a replication set already exists\"}") : a;
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), r -> r, validation)) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.VALIDATION);
      assertThat(outcome.failures()).isEmpty();
      assertThat(outcome.records()).filteredOn(r -> r.id().equals("VAL-CONTROL-CreateReplicationSet"))
          .extracting(CheckResult::status).containsExactly(CheckStatus.ADVISORY);
      assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.BLOCKED).isNotEmpty()
          .allMatch(r -> r.cause().key().equals("second-set:CreateReplicationSet"));
    }
  }

  /**
   * A related-items list that is always empty: the item types each revision added are not listed, and neither is
   * an OTHER item, the control every revision has. One cause, unlisted:ListRelatedItems, reported by STATE-ADD.
   */
  @Test
  void relatedItemsNeverListedAreOneCauseAcrossTheItemTypes() throws IOException {
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), r -> r, listedEmpty("/listRelatedItems", "relatedItems"))) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.STATE, Category.REVISION);
      assertThat(outcome.failures()).containsKey("STATE-ADD-UpdateRelatedItems");
      assertThat(outcome.records()).filteredOn(r -> r.id().startsWith("REV-ENUM-") && r.id().contains("-ItemType."))
          .hasSizeGreaterThanOrEqualTo(6).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(r.cause().key()).isEqualTo("unlisted:ListRelatedItems");
            assertThat(r.cause().reportedBy()).isEqualTo("STATE-ADD-UpdateRelatedItems");
          });
    }
  }

  /**
   * A timeline that is always listed empty: the sort and filter checks cannot be judged on it (the events are not
   * listed without a sort or filter either), so they are blocked by unlisted:ListTimelineEvents, which
   * STATE-LIST-ListTimelineEvents reports by failing.
   */
  @Test
  void anAlwaysEmptyListBlocksItsSortAndFilterChecks() throws IOException {
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), r -> r, listedEmpty("/listTimelineEvents", "eventSummaries"))) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.STATE);
      assertThat(outcome.failures()).containsKey("STATE-LIST-ListTimelineEvents");
      assertThat(outcome.records()).filteredOn(r -> r.id().startsWith("STATE-SORT-ListTimelineEvents")
          || r.id().startsWith("STATE-FILTER-ListTimelineEvents")).hasSizeGreaterThanOrEqualTo(4).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(CheckStatus.BLOCKED);
            assertThat(r.cause().key()).isEqualTo("unlisted:ListTimelineEvents");
            assertThat(r.cause().reportedBy()).isEqualTo("STATE-LIST-ListTimelineEvents");
          });
    }
  }

  /**
   * A member a revision added that comes back empty (dynamicParameters echoed as {}) is lost, as one not returned
   * at all: detection stays below 2022-05-12. (One that comes back with its keys and other values is there.)
   */
  @Test
  void aMemberEchoedEmptyIsLostForRevisionDetection() throws IOException {
    UnaryOperator<Proxy.Answer> emptied = a -> {
      JsonNode body = a.status() == 200 && a.request().pathAndQuery().startsWith("/getResponsePlan")
          ? read(a.body()) : null;
      if (body == null) {
        return a;
      }
      body.findParents("dynamicParameters").forEach(p -> ((ObjectNode) p).putObject("dynamicParameters"));
      return a.with(a.status(), a.headers(), body.toString());
    };
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), r -> r, emptied)) {
      Map<String, String> settings = new java.util.HashMap<>(through(proxy));
      settings.remove("imkit.revision");
      settings.put("imkit.only", "REV-DETECT");
      Runs.Outcome outcome = Runs.run(settings, Category.REVISION);
      assertThat(outcome.records()).extracting(CheckResult::revision).containsOnly("2022-03-16");
    }
  }

  /** Every successful page of the list at {@code path} answered with no items and no next token. */
  private static UnaryOperator<Proxy.Answer> listedEmpty(String path, String items) {
    return a -> a.status() == 200 && a.request().pathAndQuery().startsWith(path)
        ? a.with(200, a.headers(), "{\"" + items + "\":[]}") : a;
  }

  /**
   * A correct target with every legal liberty at once, and throttling: JSON labelled with a charset, errors named in
   * the header by their shape ID, each connection closed after its answer, a header of its own on every answer, and
   * one call in five throttled (retried by the kit), four checks at once. No check fails: the throttling is an
   * advisory, as are the errors the AWS SDK cannot type under a shape ID, and a call throttled past the retries
   * blocks the check it served.
   */
  @Test
  void aCorrectTargetWithEveryLegalLibertyAndThrottlingFailsNothing() throws IOException {
    UnaryOperator<Proxy.Request> throttled = everyFifthThrottled(THROTTLED);
    UnaryOperator<Proxy.Answer> liberties = a -> {
      Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(a.headers());
      if (a.body().startsWith("{")) {
        headers.put("Content-Type", List.of("application/json; charset=UTF-8"));
      }
      String error = a.header("X-Amzn-ErrorType");
      if (error != null) {
        headers.put("X-Amzn-ErrorType", List.of("com.amazonaws.ssmincidents#" + error));
      }
      headers.put("Connection", List.of("close"));
      headers.put("x-amz-id-2", List.of("proxied"));
      return a.with(a.status(), headers, a.body());
    };
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), throttled, liberties)) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.values());
      assertThat(outcome.failedContainers()).isEmpty();
      assertThat(outcome.failures()).isEmpty();
      assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.BLOCKED)
          .allSatisfy(r -> assertThat(r.cause().key()).as(r.id()).startsWith("throttled:"));
      // advisories: the throttling, and the errors the AWS SDK for Java v2 cannot type under a shape ID (see
      // BodyErrorNamesTest)
      assertThat(outcome.records()).filteredOn(r -> r.status() == CheckStatus.ADVISORY).extracting(CheckResult::id)
          .contains("PROTO-THROTTLE-LOW-RATE")
          .allMatch(id -> id.equals("PROTO-THROTTLE-LOW-RATE") || id.startsWith("SDK-ERROR-"));
      assertThat(outcome.passed().size()).isGreaterThan(1000);
    }
  }

  /** A ThrottlingException as the model has it: its message, quota code and service code. */
  private static final String THROTTLED = "{\"message\":\"Rate exceeded\",\"quotaCode\":\"RequestRate\","
      + "\"serviceCode\":\"ssm-incidents\"}";

  /**
   * A throttling answer whose body lacks members the model requires: a throttled answer blocks the checks it
   * served, yet the check of every error body judges it like any other, and fails on it.
   */
  @Test
  void aThrottlingAnswerOutOfShapeFailsTheErrorBodiesCheck() throws IOException {
    UnaryOperator<Proxy.Request> throttled = everyFifthThrottled("{\"message\":\"Rate exceeded\"}");
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), throttled, a -> a)) {
      Runs.Outcome outcome = Runs.run(through(proxy), Category.PROTOCOL, Category.SCHEMA);
      assertThat(outcome.records()).filteredOn(r -> r.id().equals("SCHEMA-ERRORS-SEEN")).singleElement()
          .satisfies(r -> assertThat(r.status()).isEqualTo(CheckStatus.FAIL))
          .satisfies(r -> assertThat(r.failingExchange().orElseThrow().status()).isEqualTo(429))
          .satisfies(r -> assertThat(r.message()).contains("ThrottlingException", "quotaCode"));
      assertThat(outcome.failures()).containsOnlyKeys("SCHEMA-ERRORS-SEEN");
    }
  }

  /**
   * A target that accepts names too long (ignore-length) and throttles, past the retries, every such name of odd
   * length, the first example drawn (201 characters) among them: the examples it answered prove the break accepted,
   * so the check fails on one of them, shrunk among those it answered, and is not blocked by the throttled ones.
   * Before, the first example's throttling blocked the check.
   */
  @Test
  void aBreakShownByOneExampleFailsThoughAnotherWasThrottled() throws IOException {
    UnaryOperator<Proxy.Request> oddNamesThrottled = r -> {
      JsonNode body = read(r.body());
      int length = body == null ? 0 : body.path("name").asText().length();
      if (r.pathAndQuery().startsWith("/createResponsePlan") && length > 200 && length % 2 == 1) {
        throw new Proxy.Answered(429, Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType",
            List.of("ThrottlingException")), THROTTLED);
      }
      return r;
    };
    try (Emulator emulator = Emulator.builder().fault("ignore-length").start();
        Proxy proxy = new Proxy(emulator.uri(), oddNamesThrottled, a -> a)) {
      Map<String, String> settings = new java.util.HashMap<>(through(proxy));
      settings.putAll(Map.of("imkit.only", "VAL-MAXLENGTH-CreateResponsePlan-name", "imkit.retries", "0",
          "imkit.tries", "100"));
      Runs.Outcome outcome = Runs.run(settings, Category.VALIDATION);
      assertThat(outcome.failures()).containsOnlyKeys("VAL-MAXLENGTH-CreateResponsePlan-name");
      CheckResult failed = outcome.records().stream()
          .filter(r -> r.id().equals("VAL-MAXLENGTH-CreateResponsePlan-name")).findFirst().orElseThrow();
      // accepted (201), or refused for a name a shrunk example had already made (409): anything but a throttle
      assertThat(failed.failingExchange().orElseThrow().status()).isIn(201, 409);
    }
  }

  /** Answers every fifth call itself: 429 ThrottlingException with {@code body}. */
  private static UnaryOperator<Proxy.Request> everyFifthThrottled(String body) {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    return r -> {
      if (calls.incrementAndGet() % 5 == 0) {
        throw new Proxy.Answered(429, Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType",
            List.of("ThrottlingException")), body);
      }
      return r;
    };
  }

  private static Map<String, String> through(Proxy proxy) {
    return Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id", "AKIDPROXY",
        "imkit.secret-access-key", "secret", "imkit.revision", dev.imkit.schemas.api.Revisions.current().name());
  }

  private static JsonNode read(String body) {
    try {
      return body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
