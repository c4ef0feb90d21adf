package dev.imkit.suites.internal.checks.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/**
 * The SDK client retries what the kit's own calls retry, as often: a throttled answer or a 5xx JSON error, up to
 * the run's retries; never a 4xx, a 501 or an answer that is not JSON. So a throttled SDK check is blocked only
 * after the run's retries, as its cause says.
 */
class SdkRetriesTest {
  private static final String THROTTLED = "429|application/json|ThrottlingException|{\"message\":\"Rate exceeded\"}";
  private static final String OK = "200|application/json||{\"responsePlanSummaries\":[]}";
  private final Deque<String> answers = new ConcurrentLinkedDeque<>();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private SsmIncidentsClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      String[] answer = answers.isEmpty() ? OK.split("\\|", 4) : answers.poll().split("\\|", 4);
      byte[] body = answer[3].getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", answer[1]);
      if (!answer[2].isEmpty()) {
        exchange.getResponseHeaders().add("X-Amzn-ErrorType", answer[2]);
      }
      exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    client = SsmIncidentsClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(SdkRetries.of(3, attempt -> Duration.ofMillis(1))))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void throttledAnswersAreRetriedUpToTheRunsRetries() {
    answers.addAll(List.of(THROTTLED, THROTTLED, THROTTLED));
    assertThat(client.listResponsePlans(r -> { }).responsePlanSummaries()).isEmpty();
    assertThat(requests).hasValue(4);
  }

  @Test
  void aCallThrottledAfterEveryRetryEndsThrottled() {
    answers.addAll(List.of(THROTTLED, THROTTLED, THROTTLED, THROTTLED, OK));
    assertThatThrownBy(() -> client.listResponsePlans(r -> { })).isInstanceOfSatisfying(AwsServiceException.class,
        e -> assertThat(e.statusCode()).isEqualTo(429));
    assertThat(requests).hasValue(4);
  }

  @Test
  void aServerFaultAsAJsonErrorIsRetriedAThrottlingErrorWith400Too() {
    answers.addAll(List.of("500|application/json|InternalServerException|{\"message\":\"oops\"}",
        "400|application/json|ThrottlingException|{\"message\":\"slow down\"}"));
    assertThat(client.listResponsePlans(r -> { }).responsePlanSummaries()).isEmpty();
    assertThat(requests).hasValue(3);
  }

  @Test
  void noOtherAnswerIsRetried() {
    for (String answer : List.of("400|application/json|ValidationException|{\"message\":\"bad\"}",
        "501|application/json|InternalFailure|{\"message\":\"not here\"}", "502|text/html||<html>Bad Gateway</html>")) {
      requests.set(0);
      answers.add(answer);
      assertThatThrownBy(() -> client.listResponsePlans(r -> { })).as(answer).isInstanceOf(AwsServiceException.class);
      assertThat(requests).as(answer).hasValue(1);
    }
  }
}
