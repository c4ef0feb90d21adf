package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.reports.api.ExchangeRecord;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One request sent to the target and the answer it gave, as sent and received (the signature headers
 * redacted when shown). {@code operation} is null for raw requests that name no operation.
 */
@API(status = EXPERIMENTAL)
public final class Exchange {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> SECRET_HEADERS = List.of("authorization", "x-amz-security-token");

  private final String operation;
  private final String method;
  private final String uri;
  private final Map<String, List<String>> requestHeaders;
  private final String requestBody;
  private final int status;
  private final Map<String, List<String>> responseHeaders;
  private final String responseBody;
  private final long nanos;
  private JsonNode json;

  public Exchange(String operation, String method, String uri, Map<String, List<String>> requestHeaders,
      String requestBody, int status, Map<String, List<String>> responseHeaders, String responseBody, long nanos) {
    this.operation = operation;
    this.method = method;
    this.uri = uri;
    this.requestHeaders = caseInsensitive(requestHeaders);
    this.requestBody = requestBody;
    this.status = status;
    this.responseHeaders = caseInsensitive(responseHeaders);
    this.responseBody = responseBody;
    this.nanos = nanos;
  }

  public String operation() {
    return operation;
  }

  public String method() {
    return method;
  }

  public String uri() {
    return uri;
  }

  public String requestBody() {
    return requestBody;
  }

  public int status() {
    return status;
  }

  public String responseBody() {
    return responseBody;
  }

  public long nanos() {
    return nanos;
  }

  public Map<String, List<String>> responseHeaders() {
    return responseHeaders;
  }

  public Map<String, List<String>> requestHeaders() {
    return requestHeaders;
  }

  /** The first value of a response header (any case). */
  public Optional<String> header(String name) {
    List<String> values = responseHeaders.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
  }

  /** Whether the status is 2xx. */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /**
   * Where this answer names its error, restJson1's way: the {@code X-Amzn-ErrorType} header, and for an answer
   * that is not a success the body's {@code code} and {@code __type}, each normalised.
   */
  public ErrorNames errorNames() {
    String fromHeader = ErrorNames.normalise(header("X-Amzn-ErrorType").orElse(null));
    JsonNode body = succeeded() ? null : jsonOrNull();
    if (body == null || !body.isObject()) {
      return new ErrorNames(fromHeader, null, null);
    }
    return new ErrorNames(fromHeader, ErrorNames.normalise(textOrNull(body.get("code"))),
        ErrorNames.normalise(textOrNull(body.get("__type"))));
  }

  /**
   * The error's name as a restJson1 client reads it (the header, a body {@code code} or {@code __type}, normalised):
   * empty when nothing names it or two places name different errors.
   */
  public Optional<String> errorType() {
    return errorNames().name();
  }

  /** The answer's body as JSON, or null when it is empty or not JSON. */
  public JsonNode jsonOrNull() {
    if (json == null && responseBody != null && !responseBody.isBlank()) {
      try {
        json = MAPPER.readTree(responseBody);
      } catch (IOException e) {
        return null;
      }
    }
    return json;
  }

  /** This exchange as the check record keeps it, with credentials and signatures redacted. */
  public ExchangeRecord toRecord(ExchangeRecord.Role role) {
    Map<String, List<String>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    requestHeaders.forEach((k, v) -> sent.put(k, SECRET_HEADERS.contains(k.toLowerCase()) ? List.of("<redacted>") : v));
    return new ExchangeRecord(role, operation, method, uri, sent, requestBody, status, responseHeaders, responseBody,
        nanos / 1_000_000);
  }

  /** What was sent, as a person reads it, with credentials and signatures redacted. */
  public String describeRequest() {
    StringBuilder s = new StringBuilder(method).append(' ').append(uri).append('\n');
    requestHeaders.forEach((k, v) -> s.append(k).append(": ")
        .append(SECRET_HEADERS.contains(k.toLowerCase()) ? "<redacted>" : String.join(", ", v)).append('\n'));
    return s.append('\n').append(requestBody == null ? "" : requestBody).toString();
  }

  /** What came back, as a person reads it. */
  public String describeResponse() {
    StringBuilder s = new StringBuilder("HTTP ").append(status).append('\n');
    responseHeaders.forEach((k, v) -> s.append(k).append(": ").append(String.join(", ", v)).append('\n'));
    return s.append('\n').append(responseBody == null ? "" : responseBody).toString();
  }

  /** The answer in one short line: {@code 400 ValidationException {"message":...}}. */
  public String answerLine() {
    String body = dev.imkit.suites.internal.run.Texts.oneLine(responseBody == null ? "" : responseBody, 300);
    ErrorNames names = errorNames();
    String error = names.contradictory() ? " (two error names: " + names.describe() + ")"
        : names.name().map(e -> " " + e).orElse("");
    String type = body.isEmpty() || jsonOrNull() != null ? "" : header("Content-Type").map(t -> " " + t).orElse("");
    return status + error + type + (body.isEmpty() ? " (empty body)" : " " + body);
  }

  private static String textOrNull(JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      if (k != null) {
        copy.put(k, List.copyOf(v));
      }
    });
    return copy;
  }

  @Override
  public String toString() {
    return method + " " + uri + " -> " + answerLine();
  }
}
