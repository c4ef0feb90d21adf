package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.Text;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One request a check sent and the answer it got, as recorded (credentials and signatures already redacted).
 *
 * @param role why it was sent: {@code CHECK} (the check's own call), {@code CONTROL} (the accepted valid input a
 *     broken one is compared with, possibly sent earlier in the run) or {@code FIXTURE} (a resource the check needs)
 * @param operation the operation called ({@code ""} for a raw request that names none)
 * @param method the HTTP method
 * @param uri the whole URI sent
 * @param requestHeaders the request headers sent
 * @param requestBody the request body ({@code ""} if none)
 * @param status the HTTP status answered ({@code 0} when no answer came)
 * @param responseHeaders the response headers
 * @param responseBody the response body ({@code ""} if none)
 * @param millis how long the answer took
 */
@API(status = EXPERIMENTAL)
public record ExchangeRecord(Role role, String operation, String method, String uri,
    Map<String, List<String>> requestHeaders, String requestBody, int status, Map<String, List<String>> responseHeaders,
    String responseBody, long millis) {

  /** Why an exchange was sent. */
  @API(status = EXPERIMENTAL)
  public enum Role { CHECK, CONTROL, FIXTURE }

  /** Null text becomes empty, half characters U+FFFD, null maps empty; header maps keep their order, copied. */
  public ExchangeRecord {
    role = role == null ? Role.CHECK : role;
    operation = operation == null ? "" : operation;
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    requestHeaders = copy(requestHeaders);
    uri = Text.wellFormed(uri);
    requestBody = Text.wellFormed(requestBody);
    responseHeaders = copy(responseHeaders);
    responseBody = Text.wellFormed(responseBody);
  }

  /** A copy with another role. */
  public ExchangeRecord withRole(Role newRole) {
    return new ExchangeRecord(newRole, operation, method, uri, requestHeaders, requestBody, status, responseHeaders,
        responseBody, millis);
  }

  /** What was sent, as a person reads it. */
  public String describeRequest() {
    StringBuilder s = new StringBuilder(method).append(' ').append(uri).append('\n');
    requestHeaders.forEach((k, v) -> s.append(k).append(": ").append(String.join(", ", v)).append('\n'));
    return s.append('\n').append(requestBody).toString();
  }

  /** What came back, as a person reads it. */
  public String describeResponse() {
    if (status == 0) {
      return "(no answer)\n\n" + responseBody;
    }
    StringBuilder s = new StringBuilder("HTTP ").append(status).append('\n');
    responseHeaders.forEach((k, v) -> s.append(k).append(": ").append(String.join(", ", v)).append('\n'));
    return s.append('\n').append(responseBody).toString();
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((k, v) -> {
        if (k != null) {
          out.put(k, v == null ? List.of() : List.copyOf(v));
        }
      });
    }
    return out;
  }
}
