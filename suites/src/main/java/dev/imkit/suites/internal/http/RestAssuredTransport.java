package dev.imkit.suites.internal.http;

import static io.restassured.config.EncoderConfig.encoderConfig;
import static io.restassured.config.HttpClientConfig.httpClientConfig;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * Sends with REST Assured, configured to send exactly what was signed: the URI as encoded, the body as bytes,
 * no charset appended to the content type, no redirects followed. Each request gets its own client: REST
 * Assured's shared client instance holds one connection, which answers without a body left allocated.
 */
public final class RestAssuredTransport implements Transport {
  private final RestAssuredConfig config;

  public RestAssuredTransport(Duration timeout) {
    int millis = (int) timeout.toMillis();
    this.config = RestAssuredConfig.config()
        .encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
        .httpClient(httpClientConfig().setParam("http.connection.timeout", millis)
            .setParam("http.socket.timeout", millis));
  }

  @Override
  public HttpAnswer send(HttpCall call) {
    RequestSpecification spec = RestAssured.given().config(config).urlEncodingEnabled(false).redirects().follow(false);
    call.headers().forEach((name, values) -> values.forEach(v -> spec.header(name, v)));
    if (call.body().length > 0) {
      spec.body(call.body());
    }
    Response response = spec.request(call.method(), call.uri());
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Header h : response.headers()) {
      headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
    }
    return new HttpAnswer(response.statusCode(), headers, response.asString());
  }
}
