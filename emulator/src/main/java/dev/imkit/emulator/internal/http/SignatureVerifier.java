package dev.imkit.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.imkit.emulator.internal.wire.ApiError;
import dev.imkit.emulator.internal.wire.Errors;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Checks a request's SigV4 signature by signing the received request again with the AWS SDK's own signer,
 * with the client's secret, date and signed headers, and comparing the signatures.
 */
final class SignatureVerifier {
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Map<String, String> secrets;
  private final String signingName;
  private final LongSupplier clock;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  SignatureVerifier(Map<String, String> secrets, String signingName, LongSupplier clock) {
    this.secrets = Map.copyOf(secrets);
    this.signingName = signingName;
    this.clock = clock;
  }

  /** Throws the 403 the request deserves, if any. */
  void verify(SigV4Header auth, HttpExchange exchange, byte[] body) {
    String secret = secrets.get(auth.accessKeyId());
    if (secret == null) {
      throw Errors.protocol("UnrecognizedClientException", 403,
          "The security token included in the request is invalid.");
    }
    if (!signingName.equals(auth.service())) {
      throw invalid("Credential should be scoped to correct service: '" + signingName + "'.");
    }
    Instant signedAt = signedAt(exchange, auth);
    Instant now = Instant.ofEpochMilli(clock.getAsLong());
    if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
      throw invalid("Signature expired: " + AMZ_DATE.format(signedAt) + " is more than 15 minutes away from "
          + AMZ_DATE.format(now));
    }
    String expected = signature(auth, exchange, body, secret, signedAt);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        auth.signature().getBytes(StandardCharsets.US_ASCII))) {
      throw invalid("The request signature we calculated does not match the signature you provided."
          + " Check your AWS Secret Access Key and signing method.");
    }
  }

  private String signature(SigV4Header auth, HttpExchange exchange, byte[] body, String secret, Instant at) {
    SdkHttpRequest request = request(auth.signedHeaders(), exchange);
    String header = signer.sign(r -> r.identity(AwsCredentialsIdentity.create(auth.accessKeyId(), secret))
            .request(request)
            .payload(() -> new ByteArrayInputStream(body))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, auth.service())
            .putProperty(AwsV4HttpSigner.REGION_NAME, auth.region())
            .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)))
        .request().firstMatchingHeader("Authorization").orElse("");
    int start = header.indexOf("Signature=");
    return start < 0 ? "" : header.substring(start + "Signature=".length()).trim();
  }

  private static SdkHttpRequest request(List<String> signedHeaders, HttpExchange exchange) {
    String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
    int colon = host.lastIndexOf(':');
    SdkHttpRequest.Builder b = SdkHttpRequest.builder()
        .method(SdkHttpMethod.fromValue(exchange.getRequestMethod()))
        .protocol("http")
        .host(colon > 0 ? host.substring(0, colon) : host)
        .encodedPath(exchange.getRequestURI().getRawPath());
    if (colon > 0) {
      b.port(Integer.parseInt(host.substring(colon + 1)));
    }
    try {
      Percent.query(exchange.getRequestURI().getRawQuery()).forEach(b::putRawQueryParameter);
    } catch (IllegalArgumentException e) {
      throw invalid("The query string cannot be decoded: " + e.getMessage());
    }
    for (String name : signedHeaders) {
      List<String> values = exchange.getRequestHeaders().get(name);
      if (!"host".equals(name) && values != null) {
        b.putHeader(name, values);
      }
    }
    return b.build();
  }

  private static Instant signedAt(HttpExchange exchange, SigV4Header auth) {
    String date = exchange.getRequestHeaders().getFirst("X-Amz-Date");
    if (date == null || !date.startsWith(auth.date())) {
      throw SigV4Header.incomplete("The X-Amz-Date header is missing or does not match the credential scope date");
    }
    try {
      return Instant.from(AMZ_DATE.parse(date));
    } catch (DateTimeParseException e) {
      throw SigV4Header.incomplete("The X-Amz-Date header is not in the form yyyyMMdd'T'HHmmss'Z'");
    }
  }

  private static ApiError invalid(String message) {
    return Errors.protocol("InvalidSignatureException", 403, message);
  }
}
