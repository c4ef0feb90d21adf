package dev.imkit.suites.internal.checks.security;

import dev.imkit.schemas.api.Operation;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.http.HttpCall;
import dev.imkit.suites.internal.http.Signer;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The SECURITY checks: a read-only call (ListResponsePlans: it changes nothing, and every revision has it) that is not signed, signed with a wrong secret, or
 * signed for another service is refused with 401 or 403, and nothing is listed.
 */
final class SignatureChecks {
  private static final String BODY = "{}";

  private SignatureChecks() {
  }

  static List<Check> all(Operation op) {
    return List.of(
        check(op, "SEC-UNSIGNED", "a request without Authorization", t -> null),
        check(op, "SEC-BAD-SIGNATURE", "a request signed with a wrong secret key",
            t -> new Signer(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId(t),
                secret(t) + "-wrong")), t.settings().region())),
        check(op, "SEC-WRONG-SERVICE", "a request signed for another service (ssm)",
            t -> new Signer(t.credentials(), t.settings().region(), "ssm")));
  }

  private static Check check(Operation op, String id, String what, Function<DefaultTarget, Signer> signer) {
    CheckInfo info = new CheckInfo(id, Category.SECURITY, List.of(op.name()), List.of("SigV4"), Level.MUST,
        op.introducedIn(), false, what + " to " + op.name() + " is refused with 401 or 403");
    return new Check(info, context -> run(context, op, what, signer.apply(context.target())));
  }

  private static void run(CheckContext context, Operation op, String what, Signer signer) {
    DefaultTarget target = context.target();
    Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"));
    if (signer != null) {
      URI uri = URI.create(trimmed(target.endpoint()) + op.uri());
      HttpCall call = signer.sign(new HttpCall(op.name(), op.method(), uri, headers,
          BODY.getBytes(StandardCharsets.UTF_8)));
      headers = call.headers();
    }
    Exchange answer = target.send(op.method(), op.uri(), headers, BODY, false);
    if (answer.status() != 401 && answer.status() != 403) {
      throw CheckFailure.of(answer, op.name() + " SigV4 authentication", what + " must be refused with 401 or 403 "
          + "(e.g. MissingAuthenticationTokenException, InvalidSignatureException, AccessDeniedException)");
    }
  }

  private static String trimmed(URI endpoint) {
    String base = endpoint.toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static String keyId(DefaultTarget target) {
    return credentials(target).accessKeyId();
  }

  private static String secret(DefaultTarget target) {
    return credentials(target).secretAccessKey();
  }

  private static AwsCredentials credentials(DefaultTarget target) {
    return target.credentials().resolveCredentials();
  }
}
