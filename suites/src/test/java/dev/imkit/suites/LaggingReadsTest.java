package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.schemas.api.Revisions;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A target whose reads lag its writes: for a while after a resource is created, every call naming it is answered 404
 * ResourceNotFoundException and its lists leave it out. The documentation promises no consistency model either way, so that is no failure: the
 * kit sends such calls again until the resource shows, within the settle window, and notes the wait. A resource that
 * never shows is judged as answered once the window ends.
 */
class LaggingReadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Each list's items, and the member of an item that identifies it. */
  private static final Map<String, String> LISTS = Map.of("/listResponsePlans", "responsePlanSummaries/arn",
      "/listIncidentRecords", "incidentRecordSummaries/arn", "/listTimelineEvents", "eventSummaries/eventId");
  /** The member of each creating call's answer that identifies what it created. */
  private static final Map<String, String> CREATED = Map.of("/createResponsePlan", "arn", "/startIncident",
      "incidentRecordArn", "/createTimelineEvent", "eventId", "/putResourcePolicy", "policyId",
      "/createReplicationSet", "arn");

  /** A proxy hiding each resource created through it for {@code lagMillis} from every call that names it. */
  private static final class Lag {
    final Map<String, Long> created = new ConcurrentHashMap<>();
    final long lagNanos;

    Lag(long lagMillis) {
      this.lagNanos = lagMillis * 1_000_000;
    }

    Proxy.Request hide(Proxy.Request r) {
      String named = URLDecoder.decode(r.pathAndQuery(), StandardCharsets.UTF_8) + " " + r.body();
      long now = System.nanoTime();
      created.forEach((id, at) -> {
        if (now - at < lagNanos && named.contains(id)) {
          throw new Proxy.Answered(404, Map.of("Content-Type", List.of("application/json"), "X-Amzn-ErrorType",
              List.of("ResourceNotFoundException")), "{\"message\":\"Resource not found: " + id + "\"}");
        }
      });
      return r;
    }

    /** The list's answer without the items created less than the lag ago. */
    Proxy.Answer unlist(Proxy.Answer a) {
      String member = LISTS.get(a.request().pathAndQuery().split("\\?")[0]);
      if (member == null || a.status() != 200) {
        return a;
      }
      try {
        ObjectNode body = (ObjectNode) JSON.readTree(a.body());
        String items = member.split("/")[0];
        String idMember = member.split("/")[1];
        ArrayNode kept = JSON.createArrayNode();
        long now = System.nanoTime();
        body.path(items).forEach(item -> {
          Long at = created.get(item.path(idMember).asText());
          if (at == null || now - at >= lagNanos) {
            kept.add(item);
          }
        });
        body.set(items, kept);
        return a.with(a.status(), a.headers(), body.toString());
      } catch (IOException | ClassCastException e) {
        return a;
      }
    }

    Proxy.Answer note(Proxy.Answer a) {
      String member = CREATED.get(a.request().pathAndQuery().split("\\?")[0]);
      if (member != null && a.status() / 100 == 2 && !a.body().isBlank()) {
        try {
          JsonNode id = JSON.readTree(a.body()).path(member);
          if (id.isTextual()) {
            created.put(id.asText(), System.nanoTime());
          }
        } catch (IOException e) {
          // not JSON: nothing created to hide
        }
      }
      return a;
    }
  }

  @Test
  void readsAndListsThatLagWritesAreWaitedForAndNothingFails() throws IOException {
    Lag lag = new Lag(150);
    UnaryOperator<Proxy.Request> hide = lag::hide;
    UnaryOperator<Proxy.Answer> answers = a -> lag.note(lag.unlist(a));
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), hide, answers)) {
      List<CheckResult> records = Runs.run(through(proxy, "2"), Category.STATE, Category.VALIDATION).records();
      assertThat(records).filteredOn(r -> r.status() == CheckStatus.FAIL || r.status() == CheckStatus.BLOCKED)
          .extracting(r -> r.id() + ": " + r.message()).isEmpty();
      assertThat(records).flatExtracting(CheckResult::notes).anyMatch(n -> n.contains("its reads lag its writes"))
          .anyMatch(n -> n.contains("its lists lag its writes"));
    }
  }

  @Test
  void withoutASettleWindowTheLagFailsChecks() throws IOException {
    Lag lag = new Lag(150);
    UnaryOperator<Proxy.Request> hide = lag::hide;
    try (Emulator emulator = Emulator.builder().start(); Proxy proxy = new Proxy(emulator.uri(), hide, lag::note)) {
      Runs.Outcome outcome = Runs.run(through(proxy, "0"), Category.STATE);
      assertThat(outcome.failedContainers()).isEmpty();
      List<CheckResult> records = outcome.records();
      assertThat(records).filteredOn(r -> r.status() == CheckStatus.FAIL || r.status() == CheckStatus.BLOCKED)
          .isNotEmpty();
    }
  }

  @Test
  void aResourceThatNeverShowsIsJudgedWhenTheWindowEnds() throws IOException {
    Lag forever = new Lag(3_600_000);
    UnaryOperator<Proxy.Request> hideIncidents = r -> r.pathAndQuery().startsWith("/getIncidentRecord")
        ? forever.hide(r) : r;
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), hideIncidents, forever::note)) {
      long started = System.nanoTime();
      List<CheckResult> records = Runs.run(through(proxy, "0.3"), Category.STATE).records();
      // judged as answered: what reads the incident fails or is blocked by its refusal, naming GetIncidentRecord
      assertThat(records).filteredOn(r -> r.status() == CheckStatus.FAIL || r.status() == CheckStatus.BLOCKED)
          .isNotEmpty().allSatisfy(r -> assertThat(r.message()).contains("GetIncidentRecord"));
      // one miss waits the window out; GetIncidentRecord is not waited for again
      assertThat(records).flatExtracting(CheckResult::notes)
          .filteredOn(n -> n.contains("when the settle window of 300 ms since its creation ended")).hasSize(1);
      assertThat((System.nanoTime() - started) / 1e9).isLessThan(60);
    }
  }

  private static Map<String, String> through(Proxy proxy, String settleSeconds) {
    Map<String, String> settings = new HashMap<>(Map.of("imkit.endpoint", proxy.uri().toString(),
        "imkit.access-key-id", "AKIDPROXY", "imkit.secret-access-key", "secret", "imkit.revision",
        Revisions.current().name(), "imkit.seed", "42"));
    settings.put("imkit.settle-seconds", settleSeconds);
    return settings;
  }
}
