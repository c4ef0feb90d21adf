package dev.imkit.suites.internal.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * Signs calls with AWS Signature Version 4 (the {@code Authorization} header, the payload's hash signed and sent as
 * {@code x-amz-content-sha256}), for service
 * {@code ssm-incidents} in the configured region. It gives what the AWS SDK's {@code AwsV4HttpSigner} gives for the
 * same request at the same time, its defaults included (the path normalized and encoded twice, the same headers
 * left unsigned): {@code SignerTest} holds it to that signer over generated requests, and every run's SDK checks,
 * signed by the SDK itself, reach the same targets. It exists for speed: it keeps the day's signing key and builds
 * the canonical request in one pass, about a quarter of the SDK signer's work per call.
 */
public final class Signer {
  private static final String SERVICE = "ssm-incidents";
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  /** Headers the SDK's signer leaves out of the signature (a proxy may change them). */
  private static final Set<String> UNSIGNED = Set.of("connection", "x-amzn-trace-id", "user-agent", "expect",
      "transfer-encoding", "x-forwarded-for", "authorization");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The signing key of the latest day, secret and scope (shared: every target of a run signs alike). */
  private static volatile DayKey dayKey;
  /** Each thread's SHA-256 digest, and its HMAC already keyed with the latest day key it signed with. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> instance("SHA-256"));
  private static final ThreadLocal<KeyedMac> SIGNING_MAC = new ThreadLocal<>();
  /** The latest second's X-Amz-Date, formatted once. */
  private static volatile Stamp stamp = new Stamp(Long.MIN_VALUE, "");

  private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
  private final String region;
  private final String service;
  private final Clock clock;

  private record DayKey(String secret, String scope, byte[] key) {
  }

  private record KeyedMac(DayKey key, Mac mac) {
  }

  private record Stamp(long second, String text) {
  }

  public Signer(IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region) {
    this(credentials, region, SERVICE);
  }

  /** A signer for another signing name: the SECURITY checks sign for the wrong service on purpose. */
  public Signer(IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region, String service) {
    this(credentials, region, service, Clock.systemUTC());
  }

  /** A signer reading the time from {@code clock} (tests compare signatures at one instant). */
  public Signer(IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region, String service,
      Clock clock) {
    this.credentials = credentials;
    this.region = region;
    this.service = service;
    this.clock = clock;
  }

  /** The call with {@code X-Amz-Date}, a session token if there is one, and {@code Authorization} added. */
  public HttpCall sign(HttpCall call) {
    AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
    String amzDate = amzDate(clock.instant().getEpochSecond());
    String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
    String payloadHash = hex(sha256(call.body()));
    Map<String, List<String>> added = new LinkedHashMap<>();
    added.put("X-Amz-Date", List.of(amzDate));
    // the SDK's signer sends the payload's hash as a header too, and signs it
    added.put("x-amz-content-sha256", List.of(payloadHash));
    if (identity instanceof AwsSessionCredentialsIdentity session) {
      added.put("X-Amz-Security-Token", List.of(session.sessionToken()));
    }
    TreeMap<String, String> headers = new TreeMap<>();
    headers.put("host", host(call.uri()));
    call.headers().forEach((name, values) -> put(headers, name, values));
    added.forEach((name, values) -> put(headers, name, values));
    StringBuilder canonical = new StringBuilder(256).append(call.method()).append('\n')
        .append(canonicalUri(call.uri())).append('\n').append(canonicalQuery(call.uri())).append('\n');
    headers.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
    String signedHeaders = String.join(";", headers.keySet());
    canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
    String toSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
        + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    String signature = hex(signingMac(identity.secretAccessKey(), scope).doFinal(
        toSign.getBytes(StandardCharsets.UTF_8)));
    added.put("Authorization", List.of(ALGORITHM + " Credential=" + identity.accessKeyId() + "/" + scope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature));
    return call.withHeaders(added);
  }

  private static void put(Map<String, String> headers, String name, List<String> values) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (UNSIGNED.contains(lower) || lower.equals("host")) {
      return;
    }
    StringBuilder v = new StringBuilder();
    for (String value : values) {
      if (v.length() > 0) {
        v.append(',');
      }
      trimmed(v, value);
    }
    headers.merge(lower, v.toString(), (a, b) -> a + "," + b);
  }

  /** Appends {@code value} without leading and trailing white space, each run of white space made one space. */
  private static void trimmed(StringBuilder out, String value) {
    if (value == null) {
      return;
    }
    int start = 0;
    int end = value.length();
    while (start < end && Character.isWhitespace(value.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
      end--;
    }
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
  }

  /** The Host header the request carries: the port only when it is not the scheme's default. */
  private static String host(URI uri) {
    int port = uri.getPort();
    boolean standard = port == -1 || port == 80 && "http".equalsIgnoreCase(uri.getScheme())
        || port == 443 && "https".equalsIgnoreCase(uri.getScheme());
    return standard ? uri.getHost() : uri.getHost() + ":" + port;
  }

  /** The path, normalized, each character but unreserved ones and slashes percent-encoded (again). */
  private static String canonicalUri(URI uri) {
    String path = uri.getRawPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      return "/";
    }
    String normalized = uri.normalize().getRawPath();
    String encoded = encode(normalized, true);
    if (!encoded.startsWith("/")) {
      encoded = "/" + encoded;
    }
    String decodedPath = uri.getPath();
    if (encoded.length() > 1 && !decodedPath.endsWith("/") && encoded.endsWith("/")) {
      encoded = encoded.substring(0, encoded.length() - 1);
    }
    return encoded;
  }

  /** The query's parameters decoded, encoded again strictly, sorted by name then value. */
  private static String canonicalQuery(URI uri) {
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    TreeMap<String, List<String>> params = new TreeMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(encode(name, false), k -> new ArrayList<>()).add(encode(value, false));
    }
    StringBuilder out = new StringBuilder();
    params.forEach((name, values) -> values.stream().sorted().forEach(v -> {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(name).append('=').append(v);
    }));
    return out.toString();
  }

  /** RFC 3986 percent-encoding of the UTF-8 bytes: all but letters, digits, {@code -_.~} (and {@code /}). */
  static String encode(String value, boolean keepSlashes) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
          || c == '~' || keepSlashes && c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(HEX[c >> 4])).append(Character.toUpperCase(HEX[c & 0xf]));
      }
    }
    return out.toString();
  }

  private static String amzDate(long second) {
    Stamp known = stamp;
    if (known.second() != second) {
      known = new Stamp(second, AMZ_DATE.format(java.time.Instant.ofEpochSecond(second)));
      stamp = known;
    }
    return known.text();
  }

  /** This thread's HMAC keyed with the day's signing key: derived once per day (and secret), then kept. */
  private static Mac signingMac(String secret, String scope) {
    DayKey key = dayKey;
    if (key == null || !key.scope().equals(scope) || !key.secret().equals(secret)) {
      byte[] derived = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
      for (String part : scope.split("/")) {
        derived = hmac(derived, part);
      }
      key = new DayKey(secret, scope, derived);
      dayKey = key;
    }
    KeyedMac mine = SIGNING_MAC.get();
    if (mine == null || mine.key() != key) {
      mine = new KeyedMac(key, keyed(key.key()));
      SIGNING_MAC.set(mine);
    }
    return mine.mac();
  }

  private static byte[] sha256(byte[] data) {
    return SHA256.get().digest(data);
  }

  private static byte[] hmac(byte[] key, String data) {
    return keyed(key).doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  private static Mac keyed(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no HmacSHA256", e);
    }
  }

  private static MessageDigest instance(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + algorithm, e);
    }
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
