package dev.imkit.suites.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/** The kit's SigV4 signer adds what the AWS SDK's signer adds, byte for byte, for the same request and time. */
class SignerTest {
  private static final Instant AT = Instant.parse("2026-12-05T13:04:05Z");
  private static final StaticCredentialsProvider BASIC =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
  private static final StaticCredentialsProvider SESSION = StaticCredentialsProvider.create(
      AwsSessionCredentials.create("ASIAEXAMPLE", "secret/with+chars", "FwoGZXIvYXdzEJr//////////token=="));

  @Test
  void everyOperationsGeneratedRequestsAreSignedAsTheSdkSignsThem() {
    RequestBuilder requests = new RequestBuilder(URI.create("http://127.0.0.1:4566"));
    IncidentManagerArbitraries arbitraries = IncidentManagerArbitraries.forRevision(Contract.current().revision().name());
    Random random = new Random(7);
    int compared = 0;
    for (Operation op : Contract.current().operations()) {
      RandomGenerator<ObjectNode> inputs = arbitraries.validInput(op.name()).generator(100);
      for (int i = 0; i < 20; i++) {
        HttpCall call = requests.build(op, inputs.next(random).value());
        assertSameAsSdk(call, i % 2 == 0 ? BASIC : SESSION, "us-east-1", "ssm-incidents");
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(400);
  }

  @Test
  void oddPathsQueriesAndHeadersAreSignedAsTheSdkSignsThem() {
    Random random = new Random(11);
    String[] pieces = {"a", "Z", "0", "-", "_", ".", "~", "%2F", "%3A", "%20", "%25", "%e2%82%ac", "%C3%A9", ":", "@",
        "!", "$", "'", "(", ")", "*", "+", ",", ";", "=", "..", "/", "//"};
    String[] values = {"a b", "x+y", "é", "€", "a=b", "&", "~", "*", "%", "", "1", "Z"};
    for (int n = 0; n < 500; n++) {
      StringBuilder path = new StringBuilder("/");
      for (int i = random.nextInt(8); i > 0; i--) {
        path.append(pieces[random.nextInt(pieces.length)]);
      }
      StringBuilder query = new StringBuilder();
      for (int i = random.nextInt(4); i > 0; i--) {
        query.append(query.length() == 0 ? "?" : "&").append(Signer.encode(values[random.nextInt(values.length)]
            + "k", false)).append('=').append(Signer.encode(values[random.nextInt(values.length)], false));
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      headers.put("Content-Type", List.of("application/json"));
      if (random.nextBoolean()) {
        headers.put("X-Custom", List.of("  two   spaces\tand tab ", "second"));
      }
      if (random.nextBoolean()) {
        headers.put("User-Agent", List.of("not signed"));
      }
      byte[] body = new byte[random.nextInt(300)];
      random.nextBytes(body);
      String method = List.of("GET", "POST", "PUT", "PATCH", "DELETE").get(random.nextInt(5));
      URI uri = URI.create((random.nextBoolean() ? "http://localhost:8080" : "https://ssm-incidents.eu-west-1.amazonaws.com")
          + path + query);
      assertSameAsSdk(new HttpCall("Op", method, uri, headers, body), n % 3 == 0 ? SESSION : BASIC,
          n % 2 == 0 ? "eu-west-1" : "us-east-1", n % 5 == 0 ? "ssm" : "ssm-incidents");
    }
  }

  @Test
  void theSigningKeyOfTheDayIsDerivedAgainForAnotherSecretOrDay() {
    Map<String, String> secrets = new LinkedHashMap<>();
    HttpCall call = new HttpCall("Op", "POST", URI.create("http://127.0.0.1:1/list"), Map.of(),
        "{}".getBytes(StandardCharsets.UTF_8));
    for (String day : List.of("2026-12-05T23:59:59Z", "2026-12-06T00:00:00Z")) {
      for (String secret : List.of("one-secret", "another-secret")) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", secret));
        Signer signer = new Signer(credentials, "us-east-1", "ssm-incidents",
            Clock.fixed(Instant.parse(day), ZoneOffset.UTC));
        secrets.put(day + secret, signer.sign(call).headers().get("Authorization").get(0));
        assertSameAsSdk(call, credentials, "us-east-1", "ssm-incidents", Instant.parse(day));
      }
    }
    assertThat(secrets.values()).doesNotHaveDuplicates();
  }

  private static void assertSameAsSdk(HttpCall call, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
      String region, String service) {
    assertSameAsSdk(call, credentials, region, service, AT);
  }

  private static void assertSameAsSdk(HttpCall call, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
      String region, String service, Instant at) {
    Map<String, List<String>> ours = added(call, new Signer(credentials, region, service,
        Clock.fixed(at, ZoneOffset.UTC)).sign(call));
    assertThat(ours).as("%s %s", call.method(), call.uri()).isEqualTo(sdk(call, credentials, region, service, at));
  }

  private static Map<String, List<String>> added(HttpCall call, HttpCall signed) {
    Map<String, List<String>> added = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    signed.headers().forEach((name, values) -> {
      if (!call.headers().containsKey(name)) {
        added.put(name, values);
      }
    });
    return added;
  }

  /** What the SDK's signer adds (the Host header aside, which the transport sends itself). */
  private static Map<String, List<String>> sdk(HttpCall call,
      IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region, String service, Instant at) {
    AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
    SdkHttpRequest.Builder request = SdkHttpRequest.builder().uri(call.uri())
        .method(SdkHttpMethod.fromValue(call.method()));
    call.headers().forEach(request::putHeader);
    SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(identity).request(request.build())
            .payload(ContentStreamProvider.fromByteArray(call.body()))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
            .putProperty(AwsV4HttpSigner.REGION_NAME, region)
            .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)))
        .request();
    Map<String, List<String>> added = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    signed.forEachHeader((name, values) -> {
      if (!call.headers().containsKey(name) && !name.equalsIgnoreCase("Host")) {
        added.put(name, values);
      }
    });
    return added;
  }
}
