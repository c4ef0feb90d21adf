package dev.imkit.emulator.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.Raw;
import dev.imkit.emulator.support.Recorder;
import dev.imkit.emulator.support.Sdk;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;
import software.amazon.awssdk.services.ssmincidents.model.SsmIncidentsException;

/** The opt-in verification mode checks SigV4 signatures with the SDK's own signer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignatureVerificationTest {
  private Emulator emulator;
  private final Recorder recorder = new Recorder();

  @BeforeAll
  void start() {
    emulator = Emulator.builder().verifySignatures(Sdk.ACCESS_KEY, Sdk.SECRET)
        .account(Sdk.ACCESS_KEY, "111122223333").start();
  }

  @AfterAll
  void stop() {
    emulator.close();
  }

  @Test
  void requestsSignedByTheSdkWithTheRightSecretPass() {
    try (SsmIncidentsClient client = Sdk.client(emulator, recorder)) {
      String plan = client.createResponsePlan(Fixtures.fullPlan("signed")).arn();
      assertThat(plan).contains(":111122223333:");
      assertThat(client.getResponsePlan(r -> r.arn(plan)).name()).isEqualTo("signed");
      client.tagResource(r -> r.resourceArn(plan).tags(Map.of("a b", "c")));
      client.untagResource(r -> r.resourceArn(plan).tagKeys("a b", "x"));
      assertThat(client.listTagsForResource(r -> r.resourceArn(plan)).tags()).containsOnlyKeys("env");
    }
  }

  @Test
  void aWrongSecretIsAnInvalidSignature() {
    try (SsmIncidentsClient client = Sdk.client(emulator, recorder, Sdk.ACCESS_KEY, "not-the-secret", "us-east-1")) {
      assertThatThrownBy(() -> client.listResponsePlans(r -> { }))
          .isInstanceOfSatisfying(SsmIncidentsException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
          });
    }
  }

  @Test
  void anUnknownKeyIsUnrecognized() {
    try (SsmIncidentsClient client = Sdk.client(emulator, recorder, "AKIDUNKNOWN", Sdk.SECRET, "us-east-1")) {
      assertThatThrownBy(() -> client.listResponsePlans(r -> { }))
          .isInstanceOfSatisfying(SsmIncidentsException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
    }
  }

  @Test
  void aWrongSigningNameOrAStaleDateIsAnInvalidSignature() {
    Instant now = Instant.now();
    assertThat(send("ssm-incidents", now).status()).isEqualTo(200);
    Raw.Answer wrongService = send("ssm", now);
    assertThat(wrongService.status()).isEqualTo(403);
    assertThat(wrongService.header("X-Amzn-ErrorType")).isEqualTo("InvalidSignatureException");
    Raw.Answer stale = send("ssm-incidents", now.minus(Duration.ofMinutes(16)));
    assertThat(stale.status()).isEqualTo(403);
    assertThat(stale.json().get("message").asText()).contains("expired");
    assertThat(send("ssm-incidents", now.minus(Duration.ofMinutes(14))).status()).isEqualTo(200);
  }

  @Test
  void aTamperedBodyIsAnInvalidSignature() {
    Raw.Answer tampered = send("ssm-incidents", Instant.now(), "{\"maxResults\":5}", "{\"maxResults\":6}");
    assertThat(tampered.status()).isEqualTo(403);
  }

  private Raw.Answer send(String service, Instant at) {
    return send(service, at, "{}", "{}");
  }

  /** Signs {@code signedBody} with the SDK signer, then sends {@code sentBody}. */
  private Raw.Answer send(String service, Instant at, String signedBody, String sentBody) {
    SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).protocol("http")
        .host(emulator.uri().getHost()).port(emulator.port()).encodedPath("/listResponsePlans")
        .putHeader("Content-Type", "application/json").build();
    SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(AwsCredentialsIdentity.create(Sdk.ACCESS_KEY, Sdk.SECRET)).request(request)
        .payload(() -> new ByteArrayInputStream(signedBody.getBytes(StandardCharsets.UTF_8)))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))).request();
    HttpRequest.Builder b = HttpRequest.newBuilder(emulator.uri().resolve("/listResponsePlans"))
        .POST(HttpRequest.BodyPublishers.ofString(sentBody));
    for (Map.Entry<String, List<String>> h : signed.headers().entrySet()) {
      if (!h.getKey().equalsIgnoreCase("Host")) {
        h.getValue().forEach(v -> b.header(h.getKey(), v));
      }
    }
    return new Raw(emulator).send(b);
  }
}
