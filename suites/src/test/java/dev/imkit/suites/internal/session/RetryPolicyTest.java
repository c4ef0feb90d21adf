package dev.imkit.suites.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.suites.api.Exchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Throttled answers and server faults that come as AWS JSON errors are retried; nothing else is. */
class RetryPolicyTest {

  private static Exchange answer(int status, String type, String body, String... header) {
    Map<String, List<String>> headers = new java.util.HashMap<>();
    if (type != null) {
      headers.put("Content-Type", List.of(type));
    }
    if (header.length == 2) {
      headers.put(header[0], List.of(header[1]));
    }
    return new Exchange("ListResponsePlans", "POST", "http://h/listResponsePlans", Map.of(), "{}", status, headers,
        body, 1);
  }

  @Test
  void throttlingAndServerFaultsAsJsonErrorsAreRetried() {
    assertThat(DefaultTarget.retryable(answer(429, "application/json", "{\"message\":\"slow down\"}",
        "X-Amzn-ErrorType", "ThrottlingException"))).isTrue();
    assertThat(DefaultTarget.retryable(answer(400, "application/json",
        "{\"__type\":\"ThrottlingException\",\"message\":\"slow down\"}"))).isTrue();
    assertThat(DefaultTarget.retryable(answer(500, "application/json",
        "{\"code\":\"InternalServerException\",\"message\":\"x\"}"))).isTrue();
    assertThat(DefaultTarget.retryable(answer(503, "application/json", "{\"message\":\"unavailable\"}"))).isTrue();
  }

  @Test
  void notImplementedPagesEmptyAnswersAndClientErrorsAreNot() {
    assertThat(DefaultTarget.retryable(answer(501, "application/json", "{\"__type\":\"InternalFailure\"}"))).isFalse();
    assertThat(DefaultTarget.retryable(answer(502, "text/html", "<html>Bad Gateway</html>"))).isFalse();
    assertThat(DefaultTarget.retryable(answer(503, null, ""))).isFalse();
    assertThat(DefaultTarget.retryable(answer(500, "application/xml", "<Error><Code>InternalError</Code></Error>")))
        .isFalse();
    assertThat(DefaultTarget.retryable(answer(400, "application/json", "{\"__type\":\"ValidationException\"}")))
        .isFalse();
  }
}
