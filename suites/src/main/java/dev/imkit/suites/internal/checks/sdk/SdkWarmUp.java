package dev.imkit.suites.internal.checks.sdk;

import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/**
 * Readies the AWS SDK while the other categories run: on a thread of its own, one SDK client is built and makes one
 * call that a local stand-in answers, so no request leaves the process and the target sees nothing. Cold, the SDK's
 * first client and call cost the first SDK check about a second (loading and starting some two thousand classes).
 */
public final class SdkWarmUp {
  private static final byte[] NO_PLANS = "{\"responsePlanSummaries\":[]}".getBytes(StandardCharsets.UTF_8);

  private SdkWarmUp() {
  }

  /** Starts readying the SDK when the run includes the SDK checks (no {@code imkit.only}, SDK not skipped). */
  public static void startFor(DefaultTarget target) {
    Settings settings = target.settings();
    if (!settings.only().isEmpty() || settings.skip().stream().anyMatch(s -> s.equalsIgnoreCase("SDK"))) {
      return;
    }
    Thread warm = new Thread(() -> run(target), "imkit-sdk-warm-up");
    warm.setDaemon(true);
    warm.setPriority(Thread.MIN_PRIORITY);
    warm.start();
  }

  private static void run(DefaultTarget target) {
    try {
      UrlConnectionHttpClient.builder().socketTimeout(target.settings().timeout()).build().close();
      try (SsmIncidentsClient client = SsmIncidentsClient.builder().endpointOverride(target.endpoint())
          .region(Region.of(target.settings().region()))
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("warm", "up")))
          .httpClient(new LocalAnswer())
          .overrideConfiguration(o -> o.retryStrategy(SdkRetries.of(target)).addExecutionInterceptor(new SdkRecording()))
          .build()) {
        client.listResponsePlans(r -> { });
      }
    } catch (RuntimeException | LinkageError e) {
      // only a head start: the SDK checks build their own clients and report what goes wrong there
    }
  }

  /** An HTTP client that sends nothing: every request gets an empty list of response plans. */
  private static final class LocalAnswer implements SdkHttpClient {
    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() {
          return HttpExecuteResponse.builder()
              .response(SdkHttpResponse.builder().statusCode(200).putHeader("Content-Type", "application/json")
                  .build())
              .responseBody(AbortableInputStream.create(new ByteArrayInputStream(NO_PLANS))).build();
        }

        @Override
        public void abort() {
        }
      };
    }

    @Override
    public void close() {
    }
  }
}
