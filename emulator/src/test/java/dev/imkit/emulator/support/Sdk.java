package dev.imkit.emulator.support;

import dev.imkit.emulator.api.Emulator;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/** AWS SDK clients pointed at an emulator. */
public final class Sdk {
  public static final String ACCESS_KEY = "AKIDEXAMPLE";
  public static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  private Sdk() {
  }

  /** A client in us-east-1 with the example credentials, retries off, answers recorded. */
  public static SsmIncidentsClient client(Emulator emulator, Recorder recorder) {
    return client(emulator, recorder, ACCESS_KEY, SECRET, "us-east-1");
  }

  public static SsmIncidentsClient client(Emulator emulator, Recorder recorder, String accessKey, String secret,
      String region) {
    return SsmIncidentsClient.builder()
        .endpointOverride(emulator.uri())
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build())
        .overrideConfiguration(c -> c.addExecutionInterceptor(recorder).retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
