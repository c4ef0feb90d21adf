package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.Category;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * restJson1 lets a server name its errors in the X-Amzn-ErrorType header, a body {@code code} or a body
 * {@code __type}: a server that uses only the body passes every PROTOCOL and SCHEMA check (the missing header is one
 * advisory); one that names two different errors, or gives a modeled error another status, fails the checks that
 * say so. The deviations are made by a proxy in front of the emulator, apart from it.
 */
class ErrorIdentificationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Emulator emulator;

  @BeforeEach
  void start() {
    emulator = Emulator.builder().start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Runs.Outcome through(UnaryOperator<Proxy.Answer> bend, Category... categories) throws IOException {
    try (Proxy proxy = new Proxy(emulator.uri(), r -> r, bend)) {
      Map<String, String> settings = new HashMap<>(Map.of("imkit.endpoint", proxy.uri().toString(),
          "imkit.access-key-id", "AKIDPROXY", "imkit.secret-access-key", "secret"));
      return Runs.run(settings, categories);
    }
  }

  /** The header's name moved into a body member (with a namespace, as Smithy servers write {@code __type}). */
  static UnaryOperator<Proxy.Answer> inBody(String member, String prefix) {
    return a -> {
      String name = a.header("X-Amzn-ErrorType");
      if (name == null) {
        return a;
      }
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(a.headers());
      headers.remove("X-Amzn-ErrorType");
      ObjectNode body = read(a.body());
      body.put(member, prefix + name);
      return a.with(a.status(), headers, body.toString());
    };
  }

  static ObjectNode read(String body) {
    try {
      return (ObjectNode) JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void passesWithOneAdvisory(Runs.Outcome outcome) {
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted()).containsKey("PROTO-ERRORS-TYPE-HEADER");
    assertThat(outcome.aborted().get("PROTO-ERRORS-TYPE-HEADER")).startsWith("ADVISORY")
        .contains("lack the X-Amzn-ErrorType header");
    assertThat(outcome.aborted().entrySet()).filteredOn(e -> !e.getKey().equals("PROTO-ERRORS-TYPE-HEADER"))
        .allSatisfy(e -> assertThat(e.getValue()).contains("replication set"));
    assertThat(outcome.passed()).contains("PROTO-ERROR-GetResponsePlan", "PROTO-ERRORS-NAMED", "PROTO-ERRORS-STATUS",
        "PROTO-QUOTA-TagResource", "SCHEMA-ERRORS-SEEN", "SCHEMA-ERROR-ServiceQuotaExceededException");
    assertThat(outcome.records()).allSatisfy(r -> assertThat(r.revision()).isEqualTo("2023-11-16"));
  }

  @Test
  void errorsNamedOnlyByABodyTypePass() throws IOException {
    passesWithOneAdvisory(through(inBody("__type", "com.amazonaws.ssmincidents#"), Category.PROTOCOL,
        Category.SCHEMA));
  }

  @Test
  void errorsNamedOnlyByABodyCodePass() throws IOException {
    passesWithOneAdvisory(through(inBody("code", ""), Category.PROTOCOL, Category.SCHEMA));
  }

  @Test
  void twoDifferentNamesNameNoError() throws IOException {
    Runs.Outcome outcome = through(a -> {
      String name = a.header("X-Amzn-ErrorType");
      if (name == null || !name.equals("ResourceNotFoundException")) {
        return a;
      }
      return a.with(a.status(), a.headers(), read(a.body()).put("__type", "ValidationException").toString());
    }, Category.PROTOCOL);
    assertThat(outcome.failures()).containsKeys("PROTO-ERRORS-NAMED", "PROTO-ERROR-GetResponsePlan");
    assertThat(outcome.failures().get("PROTO-ERROR-GetResponsePlan")).contains("the answer names two "
        + "(X-Amzn-ErrorType ResourceNotFoundException, __type ValidationException)");
    assertThat(outcome.failures()).doesNotContainKey("PROTO-ERRORS-STATUS");
  }

  @Test
  void aQuotaErrorWithAnotherStatusFailsNamingBoth() throws IOException {
    Runs.Outcome outcome = through(a -> "ServiceQuotaExceededException".equals(a.header("X-Amzn-ErrorType"))
        ? a.with(400, a.headers(), a.body()) : a, Category.PROTOCOL, Category.SCHEMA);
    assertThat(outcome.failures()).containsOnlyKeys("PROTO-QUOTA-TagResource", "PROTO-ERRORS-STATUS");
    assertThat(outcome.failures().get("PROTO-QUOTA-TagResource")).startsWith("TagResource: "
        + "ServiceQuotaExceededException (@httpError 402): expected HTTP 402 for ServiceQuotaExceededException "
        + "(the model's status), not HTTP 400");
    assertThat(outcome.failures().get("PROTO-ERRORS-STATUS")).contains("the first is ServiceQuotaExceededException "
        + "with HTTP 400, which the model gives HTTP 402");
  }
}
