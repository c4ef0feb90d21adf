package dev.imkit.emulator.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.support.Raw;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request served in this process is answered as the same request sent over HTTP: status, error type, body. */
class InProcessTest {
  private static Emulator emulator;
  private static Raw raw;

  @BeforeAll
  static void start() {
    emulator = Emulator.builder().start();
    raw = new Raw(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static Emulator.Response serve(String method, String pathAndQuery, String body) {
    Map<String, List<String>> headers = Map.of("Authorization", List.of(Raw.AUTH),
        "X-Amz-Date", List.of("20261122T000000Z"), "Content-Type", List.of("application/json"));
    return emulator.serve(new Emulator.Request(method, URI.create(emulator.uri() + pathAndQuery), headers,
        body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Emulator.Response r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String header(Emulator.Response r, String name) {
    return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0)).findFirst().orElse(null);
  }

  @Test
  void aWriteServedInProcessIsSeenOverHttpAndAnswersAlike() {
    String plan = "{\"name\":\"in-process\",\"incidentTemplate\":{\"title\":\"t\",\"impact\":3}}";
    Emulator.Response created = serve("POST", "/createResponsePlan", plan);
    assertThat(created.status()).isEqualTo(201);
    String arn = raw.post("/listResponsePlans", "{}").json().at("/responsePlanSummaries/0/arn").asText();
    assertThat(text(created)).contains(arn);
    String get = "/getResponsePlan?arn=" + URLEncoder.encode(arn, StandardCharsets.UTF_8);
    Raw.Answer overHttp = raw.get(get);
    Emulator.Response inProcess = serve("GET", get, "");
    assertThat(inProcess.status()).isEqualTo(overHttp.status()).isEqualTo(200);
    assertThat(text(inProcess)).isEqualTo(overHttp.body());
    assertThat(header(inProcess, "Content-Type")).isEqualTo(overHttp.header("Content-Type"));
  }

  @Test
  void anErrorServedInProcessCarriesTheSameStatusTypeAndBody() {
    String missing = "/getResponsePlan?arn=" + URLEncoder.encode("arn:aws:ssm-incidents::123456789012:response-plan/none",
        StandardCharsets.UTF_8);
    Raw.Answer overHttp = raw.get(missing);
    Emulator.Response inProcess = serve("GET", missing, "");
    assertThat(inProcess.status()).isEqualTo(overHttp.status()).isEqualTo(404);
    assertThat(header(inProcess, "X-Amzn-ErrorType")).isEqualTo(overHttp.header("X-Amzn-ErrorType"))
        .startsWith("ResourceNotFoundException");
    assertThat(text(inProcess)).isEqualTo(overHttp.body());
    Emulator.Response unsigned = emulator.serve(new Emulator.Request("POST",
        URI.create(emulator.uri() + "/listResponsePlans"), Map.of(), "{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(unsigned.status()).isEqualTo(raw.send(java.net.http.HttpRequest.newBuilder(
        URI.create(emulator.uri() + "/listResponsePlans")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{}"))).status()).isGreaterThanOrEqualTo(400);
  }
}
