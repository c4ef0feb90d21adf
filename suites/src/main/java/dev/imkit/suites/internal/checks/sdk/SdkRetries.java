package dev.imkit.suites.internal.checks.sdk;

import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK client's retries, the same as the kit's own calls: as many ({@code imkit.retries}), of the same answers
 * (throttled, or a 5xx that came as a JSON error; never a 4xx, a 501 or an answer that is not JSON), with the same
 * backoff, and no circuit breaker. So an SDK check blocked as throttled was throttled after the run's retries, as
 * its cause says, and a throttling target gets the same verdicts from SDK checks as from the others.
 */
final class SdkRetries {
  private SdkRetries() {
  }

  static RetryStrategy of(DefaultTarget target) {
    return of(target.settings().retries(), target::retryDelay);
  }

  /** {@code retries} retries at most (so one more attempt), each after {@code backoff} of its number (from 1). */
  static RetryStrategy of(int retries, BackoffStrategy backoff) {
    return StandardRetryStrategy.builder()
        .maxAttempts(retries + 1)
        .retryOnException(SdkRetries::retryable)
        .treatAsThrottling(SdkRetries::retryable)
        .backoffStrategy(backoff)
        .throttlingBackoffStrategy(backoff)
        .circuitBreakerEnabled(false)
        // only these conditions: the SDK's own would add some (a 502 that is a proxy's HTML page) the kit never retries
        .useClientDefaults(false)
        .build();
  }

  /** Whether the kit would retry the answer the SDK got ({@link DefaultTarget#retryable}). */
  private static boolean retryable(Throwable t) {
    if (!(t instanceof AwsServiceException e) || e.awsErrorDetails() == null) {
      return false;
    }
    var details = e.awsErrorDetails();
    Map<String, List<String>> headers = details.sdkHttpResponse() == null ? Map.of()
        : details.sdkHttpResponse().headers();
    String body = details.rawResponse() == null ? "" : details.rawResponse().asUtf8String();
    return DefaultTarget.retryable(new Exchange(null, "", "", Map.of(), "", e.statusCode(), headers, body, 0));
  }
}
