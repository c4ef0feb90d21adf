package dev.imkit.suites.internal.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request ready to send: method, absolute URI (already percent-encoded), headers and body. */
public record HttpCall(String operation, String method, URI uri, Map<String, List<String>> headers, byte[] body) {

  public HttpCall {
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** A copy with the headers added (replacing those of the same name). */
  public HttpCall withHeaders(Map<String, List<String>> more) {
    Map<String, List<String>> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new HttpCall(operation, method, uri, all, body);
  }
}
