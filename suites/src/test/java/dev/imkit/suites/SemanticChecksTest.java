package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.Category;
import dev.imkit.schemas.api.Contract;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The semantic STATE checks (list filters, sorted lists, the replication set conflict) pass a correct
 * implementation and fail one that ignores what they judge: deviations made by a proxy in front of the emulator.
 */
class SemanticChecksTest {
  private static final String FILTER = "STATE-FILTER-ListIncidentRecords-";
  private static final String CONFLICT = "STATE-CONFLICT-UpdateReplicationSet";
  /**
   * How long the emulator keeps an update in flight: the check sends two calls meanwhile (a read, then the
   * conflicting update: milliseconds on loopback), and waits the rest out up to three times (0.7 s, as the
   * emulator's own tests of the state; the three tests below took 8 - 10 s each with 2 s).
   */
  private static final Duration IN_FLIGHT = Duration.ofMillis(700);

  private static Runs.Outcome through(Emulator emulator, UnaryOperator<Proxy.Request> requests,
      UnaryOperator<Proxy.Answer> answers, String only) throws IOException {
    try (Proxy proxy = new Proxy(emulator.uri(), requests, answers)) {
      return Runs.run(Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id", "AKIDPROXY",
          "imkit.secret-access-key", "secret", "imkit.revision", "2023-11-16", "imkit.only", only), Category.STATE);
    }
  }

  /** A request to {@code path} without the body member at {@code pointer} ({@code /a/b}): the server never sees it. */
  private static UnaryOperator<Proxy.Request> without(String path, String pointer) {
    return r -> {
      if (!r.pathAndQuery().startsWith(path)) {
        return r;
      }
      ObjectNode body = ErrorIdentificationTest.read(r.body());
      int last = pointer.lastIndexOf('/');
      if (body.at(pointer.substring(0, last)) instanceof ObjectNode parent) {
        parent.remove(pointer.substring(last + 1));
      }
      return r.withBody(body.toString());
    };
  }

  /** A member the target ignores (the proxy drops it) fails the check of its documented effect, and only that. */
  @ParameterizedTest(name = "{2}")
  @CsvSource({
      "/createResponsePlan, /incidentTemplate/incidentTags, STATE-START-StartIncident-incidentTags",
      "/updateResponsePlan, /chatChannel, STATE-UPDATE-UpdateResponsePlan-chatChannel-empty",
      "/updateTimelineEvent, /eventReferences, STATE-UPDATE-UpdateTimelineEvent-eventReferences"})
  void anIgnoredMemberFailsTheCheckOfItsEffect(String path, String pointer, String check) throws IOException {
    try (Emulator emulator = Emulator.builder().start()) {
      assertThat(through(emulator, r -> r, a -> a, check).passed()).containsExactly(check);
      assertThat(through(emulator, without(path, pointer), a -> a, check).failures()).containsOnlyKeys(check);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ListIncidentRecords", "ListTimelineEvents"})
  void everyFilterKeyTheDocumentationNamesHasItsCheck(String operation) {
    String docs = Contract.current().shape(operation + "Input").members().get("filters").documentation();
    // the docs list the keys one a line ("- creationTime") between "following keys:" and the notes
    String list = docs.substring(docs.indexOf("following keys:"), docs.indexOf("Note the following"));
    List<String> keys = Pattern.compile("(?m)^- (\\w+)$").matcher(list).results().map(m -> m.group(1)).toList();
    assertThat(keys).hasSizeGreaterThanOrEqualTo(3);
    assertThat(dev.imkit.suites.api.Catalogue.current()).extracting(dev.imkit.suites.api.CheckInfo::id)
        .filteredOn(id -> id.startsWith("STATE-FILTER-" + operation + "-"))
        .containsAll(keys.stream().map(k -> "STATE-FILTER-" + operation + "-" + k).toList());
  }

  @Test
  void timelineFiltersIgnoredFailEveryTimelineFilterCheck() throws IOException {
    String prefix = "STATE-FILTER-ListTimelineEvents-";
    try (Emulator emulator = Emulator.builder().start()) {
      Runs.Outcome clean = through(emulator, r -> r, a -> a, prefix + "*");
      assertThat(clean.failures()).isEmpty();
      assertThat(clean.passed()).hasSize(3);
      Runs.Outcome ignored = through(emulator, without("/listTimelineEvents", "/filters"), a -> a, prefix + "*");
      assertThat(ignored.failures().keySet()).containsExactlyInAnyOrder(prefix + "eventType", prefix + "eventTime",
          prefix + "eventReference");
    }
  }

  @Test
  void filtersIgnoredFailEveryFilterCheck() throws IOException {
    try (Emulator emulator = Emulator.builder().start()) {
      Runs.Outcome clean = through(emulator, r -> r, a -> a, FILTER + "*");
      assertThat(clean.failures()).isEmpty();
      assertThat(clean.passed()).hasSize(5);

      Runs.Outcome ignored = through(emulator, without("/listIncidentRecords", "/filters"), a -> a, FILTER + "*");
      assertThat(ignored.failures().keySet()).containsExactlyInAnyOrder(FILTER + "status", FILTER + "impact",
          FILTER + "creationTime", FILTER + "createdBy", FILTER + "all-filters");
      assertThat(ignored.failures().get(FILTER + "impact")).startsWith("ListIncidentRecords: "
          + "ListIncidentRecordsInput.filters (impact): every item listed with [{\"key\":\"impact\"");
    }
  }

  @Test
  void aSortOrderIgnoredFailsTheOrderTheServerDoesNotKeep() throws IOException {
    try (Emulator emulator = Emulator.builder().start()) {
      Runs.Outcome clean = through(emulator, r -> r, a -> a, "STATE-SORT-*");
      assertThat(clean.failures()).isEmpty();
      assertThat(clean.passed()).containsExactlyInAnyOrder("STATE-SORT-ListTimelineEvents-EVENT_TIME-ASCENDING",
          "STATE-SORT-ListTimelineEvents-EVENT_TIME-DESCENDING");

      // the emulator lists ascending when no order is asked for
      Runs.Outcome ignored = through(emulator, without("/listTimelineEvents", "/sortOrder"), a -> a, "STATE-SORT-*");
      assertThat(ignored.failures().keySet()).containsExactly("STATE-SORT-ListTimelineEvents-EVENT_TIME-DESCENDING");
      assertThat(ignored.failures().values().iterator().next()).contains("event times in descending order");
    }
  }

  @Test
  void anUpdateInFlightConflictsWithTheModeledError() throws IOException {
    try (Emulator emulator = Emulator.builder().transitionDelay(IN_FLIGHT).start()) {
      Runs.Outcome outcome = through(emulator, r -> r, a -> a, CONFLICT);
      assertThat(outcome.failures()).isEmpty();
      assertThat(outcome.passed()).containsExactly(CONFLICT);
    }
  }

  @Test
  void aConflictAnsweredAsAServerErrorFails() throws IOException {
    UnaryOperator<Proxy.Answer> as500 = a -> {
      if (a.status() != 409 || !a.request().pathAndQuery().startsWith("/updateReplicationSet")) {
        return a;
      }
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(a.headers());
      headers.put("X-Amzn-ErrorType", List.of("InternalServerException"));
      return a.with(500, headers, "{\"message\":\"internal error\"}");
    };
    try (Emulator emulator = Emulator.builder().transitionDelay(IN_FLIGHT).start()) {
      Runs.Outcome outcome = through(emulator, r -> r, as500, CONFLICT);
      assertThat(outcome.failures()).containsOnlyKeys(CONFLICT);
      assertThat(outcome.failures().get(CONFLICT)).startsWith("UpdateReplicationSet: ConflictException "
          + "(@httpError 409): expected HTTP 409 ConflictException for an update sent while the set was UPDATING; "
          + "the target answered 500 InternalServerException");
    }
  }

  /** The emulator's own faults, with its UPDATING hold: the check passes the held set and fails conflict-as-500. */
  @Test
  void theEmulatorsHoldPassesAndItsConflictAs500Fails() {
    for (boolean faulty : new boolean[] {false, true}) {
      var builder = Emulator.builder().updatingHold(IN_FLIGHT);
      try (Emulator emulator = (faulty ? builder.fault("conflict-as-500") : builder).start()) {
        Runs.Outcome outcome = Runs.run(Map.of("imkit.endpoint", emulator.uri().toString(), "imkit.access-key-id",
            "AKIDHOLD", "imkit.secret-access-key", "secret", "imkit.revision", "2023-11-16", "imkit.only", CONFLICT),
            Category.STATE);
        if (faulty) {
          assertThat(outcome.failures()).containsOnlyKeys(CONFLICT);
          assertThat(outcome.failures().get(CONFLICT)).contains("expected HTTP 409 ConflictException",
              "the target answered 500 InternalServerException");
        } else {
          assertThat(outcome.failures()).isEmpty();
          assertThat(outcome.passed()).containsExactly(CONFLICT);
        }
      }
    }
  }

  @Test
  void aTargetWhoseUpdatesCompleteAtOnceHasNoConflictToJudge() throws IOException {
    try (Emulator emulator = Emulator.builder().start()) {
      Runs.Outcome outcome = through(emulator, r -> r, a -> a, CONFLICT);
      assertThat(outcome.failures()).isEmpty();
      assertThat(outcome.passed()).isEmpty();
      assertThat(outcome.aborted().get(CONFLICT)).contains("completed at once");
    }
  }
}
