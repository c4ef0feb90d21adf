package dev.imkit.emulator.internal.http;

import dev.imkit.emulator.internal.wire.ApiError;
import dev.imkit.emulator.internal.wire.Errors;
import java.util.List;

/**
 * A parsed SigV4 {@code Authorization} header: {@code AWS4-HMAC-SHA256 Credential=AKID/20261122/us-east-1/
 * ssm-incidents/aws4_request, SignedHeaders=host;x-amz-date, Signature=<64 hex>}. Parsed by hand: it is read
 * on every request.
 *
 * @param accessKeyId the access key id
 * @param date the scope's date, {@code yyyyMMdd}
 * @param region the scope's region
 * @param service the scope's signing name
 * @param signedHeaders the signed header names, lower case
 * @param signature the signature, 64 hex digits
 */
record SigV4Header(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
    String signature) {
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";

  /** Parses a header; 403 IncompleteSignatureException if it is not a well-formed SigV4 header. */
  static SigV4Header parse(String header) {
    String h = header.trim();
    if (!h.startsWith(ALGORITHM + " ")) {
      throw incomplete("Authorization header requires the " + ALGORITHM + " algorithm");
    }
    String credential = null;
    String signedHeaders = null;
    String signature = null;
    for (String part : h.substring(ALGORITHM.length()).split(",")) {
      String p = part.trim();
      if (p.startsWith("Credential=")) {
        credential = p.substring("Credential=".length());
      } else if (p.startsWith("SignedHeaders=")) {
        signedHeaders = p.substring("SignedHeaders=".length());
      } else if (p.startsWith("Signature=")) {
        signature = p.substring("Signature=".length());
      }
    }
    String[] scope = credential == null ? new String[0] : credential.split("/", -1);
    if (scope.length != 5 || !scopeWellFormed(scope)) {
      throw incomplete("Authorization header requires a well-formed 'Credential' parameter: "
          + "AKID/yyyyMMdd/region/service/aws4_request");
    }
    if (signedHeaders == null || !headerListWellFormed(signedHeaders)) {
      throw incomplete("Authorization header requires a well-formed 'SignedHeaders' parameter");
    }
    if (signature == null || signature.length() != 64 || !all(signature, "0123456789abcdef")) {
      throw incomplete("Authorization header requires a 'Signature' parameter of 64 hex digits");
    }
    return new SigV4Header(scope[0], scope[1], scope[2], scope[3], List.of(signedHeaders.split(";")), signature);
  }

  private static boolean scopeWellFormed(String[] scope) {
    return !scope[0].isEmpty() && scope[0].chars().noneMatch(Character::isWhitespace)
        && scope[1].length() == 8 && all(scope[1], "0123456789")
        && !scope[2].isEmpty() && all(scope[2], "abcdefghijklmnopqrstuvwxyz0123456789-")
        && !scope[3].isEmpty() && all(scope[3], "abcdefghijklmnopqrstuvwxyz0123456789-")
        && scope[4].equals("aws4_request");
  }

  private static boolean headerListWellFormed(String list) {
    if (list.isEmpty() || list.startsWith(";") || list.endsWith(";") || list.contains(";;")) {
      return false;
    }
    return all(list, "abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+.^_`|~-;");
  }

  private static boolean all(String text, String allowed) {
    for (int i = 0; i < text.length(); i++) {
      if (allowed.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  static ApiError incomplete(String message) {
    return Errors.protocol("IncompleteSignatureException", 403, message);
  }
}
