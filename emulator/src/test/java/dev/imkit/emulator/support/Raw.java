package dev.imkit.emulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.emulator.api.Emulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP requests with a well-formed (unchecked) SigV4 header, for wire-level tests. */
public final class Raw {
  public static final String AUTH = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/ssm-incidents/"
      + "aws4_request, SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;

  public Raw(Emulator emulator) {
    this.base = emulator.uri();
  }

  /** An answer. */
  public record Answer(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Answer get(String pathAndQuery) {
    return send(request(pathAndQuery).GET());
  }

  public Answer post(String pathAndQuery, String json) {
    return send(request(pathAndQuery).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer delete(String pathAndQuery) {
    return send(request(pathAndQuery).DELETE());
  }

  /** Any request: the builder gets the URI and the signature header. */
  public Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
        .header("Authorization", AUTH).header("X-Amz-Date", "20261122T000000Z");
  }

  /** {@code text} with single quotes turned into double quotes, for readable JSON literals. */
  public static String json(String text) {
    return text.replace('\'', '"');
  }

  /** The percent-encoded form of a query value or label. */
  public static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
