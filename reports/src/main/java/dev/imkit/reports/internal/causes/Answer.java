package dev.imkit.reports.internal.causes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.internal.Json;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of answer an exchange got, as restJson1 clients read it: the status and the error type (from
 * {@code X-Amzn-ErrorType}, else the body's {@code __type} or {@code code}, namespace and suffix removed).
 */
record Answer(int status, String errorType) {
  /** Error names that servers and frameworks use for an operation or route they do not have. */
  private static final Pattern UNKNOWN_OPERATION = Pattern.compile(
      "(?i).*(unknownoperation|unknown_operation|invalidaction|notimplemented|not_implemented|unsupportedoperation"
          + "|unrecognizedaction|routenotfound|nosuchoperation|invalidoperation|methodnotallowed).*");

  static Answer of(ExchangeRecord e) {
    List<String> header = e.responseHeaders().getOrDefault("X-Amzn-ErrorType", List.of());
    String type = header.isEmpty() ? bodyType(e.responseBody()) : header.get(0);
    type = type.contains(":") ? type.substring(0, type.indexOf(':')) : type;
    type = type.contains("#") ? type.substring(type.lastIndexOf('#') + 1) : type;
    return new Answer(e.status(), type.strip());
  }

  private static String bodyType(String body) {
    if (body == null || !body.stripLeading().startsWith("{")) {
      return "";
    }
    try {
      JsonNode json = Json.MAPPER.readTree(body);
      JsonNode type = json.has("__type") ? json.get("__type") : json.path("code");
      return type.isTextual() ? type.asText() : "";
    } catch (java.io.IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * Whether the answer says the operation does not exist: an error named for an unknown operation or route, or
   * 405 or 501 with no error; a 404 with no error too, when it answered a valid call ({@code valid}), since a
   * check's own invalid call may get a 404 for a resource it names.
   */
  boolean unknownOperation(boolean valid) {
    if (!errorType.isEmpty()) {
      return UNKNOWN_OPERATION.matcher(errorType).matches();
    }
    return status == 405 || status == 501 || valid && status == 404;
  }

  /** {@code 404 ResourceNotFoundException}, {@code 500}, {@code no answer}. */
  String text() {
    return status == 0 ? "no answer" : errorType.isEmpty() ? Integer.toString(status) : status + " " + errorType;
  }

  /**
   * The kind of answer, for grouping: a success is a success whatever its code (a rule broken in successful answers
   * of several operations is one rule, though their success codes differ); an error is its status and type.
   */
  String kind() {
    return success() ? "a success (2xx)" : text();
  }

  /** {@link #kind()} for a key: {@code 2xx}, {@code 404 ResourceNotFoundException}. */
  String key() {
    return success() ? "2xx" : text();
  }

  private boolean success() {
    return status >= 200 && status < 300;
  }
}
