package dev.imkit.reports.internal.curl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** What a reproducer sends after the endpoint, and the payload hash it signs. */
final class Paths {
  private Paths() {
  }

  /**
   * The URI without its scheme and authority, its query parameters in SigV4's order (by name, then value): the
   * same request, in the order curl signs it as given.
   */
  static String sorted(String uri) {
    String path = path(uri);
    int query = path.indexOf('?');
    if (query < 0) {
      return path;
    }
    String[] parameters = path.substring(query + 1).split("&");
    Arrays.sort(parameters, (a, b) -> {
      String[] x = a.split("=", 2);
      String[] y = b.split("=", 2);
      int byName = x[0].compareTo(y[0]);
      return byName != 0 ? byName : (x.length > 1 ? x[1] : "").compareTo(y.length > 1 ? y[1] : "");
    });
    return path.substring(0, query + 1) + String.join("&", parameters);
  }

  /** Whether the path (not the query) holds a percent-encoded character. */
  static boolean encodedPath(String uri) {
    String path = path(uri);
    int query = path.indexOf('?');
    return (query < 0 ? path : path.substring(0, query)).contains("%");
  }

  static String sha256(String body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  /** The URI without its scheme and authority: what follows the endpoint. */
  private static String path(String uri) {
    int scheme = uri.indexOf("://");
    if (scheme < 0) {
      return uri.startsWith("/") ? uri : "/" + uri;
    }
    int slash = uri.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : uri.substring(slash);
  }
}
