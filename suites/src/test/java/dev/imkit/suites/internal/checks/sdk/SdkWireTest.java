package dev.imkit.suites.internal.checks.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.EcmaPattern;
import dev.imkit.schemas.api.ModeledError;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/**
 * The real AWS SDK for Java v2 agrees with the contract on the wire: for every operation, broad inputs (every
 * member, every enum value, every union member) serialize to requests whose body, query and URI labels
 * reassemble into the same document, valid against the input schema and bound as the catalogue says; and
 * outputs and errors that validate against their schemas are parsed by the SDK into the same values.
 */
class SdkWireTest {
  private static final String MODEL = "software.amazon.awssdk.services.ssmincidents.model.";
  private static final Contract CONTRACT = Contract.current();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CaptureServer server;
  private static SsmIncidentsClient client;

  @BeforeAll
  static void start() throws Exception {
    server = new CaptureServer();
    client = SsmIncidentsClient.builder()
        .endpointOverride(server.uri())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void sampleValuesMatchTheirPatterns() {
    SampleDocuments.PATTERNED.forEach((shape, value) ->
        assertThat(EcmaPattern.compile(CONTRACT.shape(shape).pattern().orElseThrow()).matches(value))
            .as(shape).isTrue());
  }

  @TestFactory
  Stream<DynamicTest> everyOperationRoundTripsThroughTheSdk() {
    return CONTRACT.operations().stream().flatMap(op -> Stream.iterate(0, k -> k + 1).limit(variants(op))
        .map(k -> DynamicTest.dynamicTest(op.name() + " variant " + k, () -> roundTrip(op, k))));
  }

  @TestFactory
  Stream<DynamicTest> everyModeledErrorBecomesItsTypedException() {
    Operation op = CONTRACT.operation("UpdateReplicationSet");
    return CONTRACT.errors().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> typedError(op, e)));
  }

  private void roundTrip(Operation op, int variant) throws Exception {
    SampleDocuments samples = new SampleDocuments(CONTRACT, variant);
    ObjectNode input = (ObjectNode) samples.of(op.input());
    ObjectNode output = (ObjectNode) samples.of(op.output());
    assertThat(CONTRACT.validator().input(op.name(), input).violations()).isEmpty();
    assertThat(CONTRACT.validator().output(op.name(), output).violations()).isEmpty();
    server.answer(op.successCode(), JSON.writeValueAsString(output), null);

    SdkPojo response = (SdkPojo) call(op, input);

    CaptureServer.Captured sent = server.last();
    assertThat(sent.method()).isEqualTo(op.method());
    ObjectNode logical = reassemble(op, sent);
    assertThat(CONTRACT.validator().input(op.name(), logical).violations()).isEmpty();
    assertSameJson(logical, input);
    assertSameJson(SdkJson.json(response), output);
  }

  /** Equal as JSON values: numbers compare by value (the SDK writes 5 where a sample held 5L). */
  private static void assertSameJson(JsonNode actual, JsonNode expected) {
    java.util.Comparator<JsonNode> numeric = (a, b) -> a.isNumber() && b.isNumber()
        ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
    assertThat(actual.equals(numeric, expected)).as("%s%nshould equal%n%s", actual, expected).isTrue();
  }

  private void typedError(Operation op, ModeledError error) throws Exception {
    ObjectNode body = (ObjectNode) new SampleDocuments(CONTRACT, 0).of(error.name());
    assertThat(CONTRACT.validator().error(error.name(), body).violations()).isEmpty();
    server.answer(error.httpStatus(), JSON.writeValueAsString(body), error.name());
    ObjectNode input = (ObjectNode) new SampleDocuments(CONTRACT, 0).of(op.input());
    assertThatThrownBy(() -> call(op, input)).isInstanceOf(Class.forName(MODEL + error.name()))
        .hasMessageContaining(body.get("message").asText());
  }

  /** The logical input: JSON body members, plus query parameters and URI labels by their member names. */
  private static ObjectNode reassemble(Operation op, CaptureServer.Captured sent) throws Exception {
    ObjectNode doc = sent.body().isEmpty() ? JSON.createObjectNode()
        : (ObjectNode) JSON.readTree(sent.body());
    for (var label : op.labels().entrySet()) {
      Matcher m = Pattern.compile(op.uri().replace("{" + label.getValue() + "}", "(?<v>[^/]+)")).matcher(sent.rawPath());
      assertThat(m.matches()).as("path %s matches %s", sent.rawPath(), op.uri()).isTrue();
      doc.put(label.getKey(), decode(m.group("v")));
    }
    if (op.labels().isEmpty()) {
      assertThat(sent.rawPath()).isEqualTo(op.uri());
    }
    Set<String> seen = new HashSet<>();
    if (sent.rawQuery() != null) {
      for (String pair : sent.rawQuery().split("&")) {
        String name = decode(pair.substring(0, pair.indexOf('=')));
        String value = decode(pair.substring(pair.indexOf('=') + 1));
        String member = op.query().entrySet().stream().filter(e -> e.getValue().equals(name)).map(e -> e.getKey())
            .findFirst().orElseThrow(() -> new AssertionError("query parameter " + name + " is not in the catalogue"));
        Shape shape = CONTRACT.shape(CONTRACT.shape(op.input()).members().get(member).target());
        if (shape.kind() == ShapeKind.LIST) {
          (doc.has(member) ? (com.fasterxml.jackson.databind.node.ArrayNode) doc.get(member) : doc.putArray(member))
              .add(value);
        } else {
          doc.put(member, value);
        }
        seen.add(member);
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(op.query().keySet());
    return doc;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Object call(Operation op, JsonNode input) throws Exception {
    Class<?> requestClass = Class.forName(MODEL + op.name() + "Request");
    SdkPojo builder = (SdkPojo) requestClass.getMethod("builder").invoke(null);
    Object request = SdkJson.build(builder, input);
    String method = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1);
    Method m = SsmIncidentsClient.class.getMethod(method, requestClass);
    try {
      return m.invoke(client, request);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  /** Enough variants to reach every enum value and union member the operation's input or output holds. */
  private static int variants(Operation op) {
    List<String> todo = new ArrayList<>(List.of(op.input(), op.output()));
    Set<String> seen = new HashSet<>();
    int max = 1;
    while (!todo.isEmpty()) {
      Shape s = CONTRACT.shape(todo.remove(todo.size() - 1));
      if (!seen.add(s.name())) {
        continue;
      }
      max = Math.max(max, Math.max(s.enumValues().size(), s.kind() == ShapeKind.UNION ? s.members().size() : 1));
      s.members().values().forEach(m -> todo.add(m.target()));
      Stream.of(s.listMember(), s.mapKey(), s.mapValue()).filter(java.util.Objects::nonNull).forEach(todo::add);
    }
    return max;
  }
}
