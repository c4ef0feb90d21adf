package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.suites.api.ErrorNames;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.CheckFailure;

/**
 * The restJson1 error envelope: the error named (by the {@code X-Amzn-ErrorType} header, a body {@code code} or a
 * body {@code __type}, which clients accept alike; two places naming different errors name none) and a JSON
 * object body with a message. The header alone is restJson1's SHOULD, judged by {@code PROTO-ERRORS-TYPE-HEADER}.
 */
final class ErrorEnvelope {
  static final String RULE = "restJson1 error type (X-Amzn-ErrorType, body code or __type)";

  private ErrorEnvelope() {
  }

  /** Throws when {@code answer} is not an envelope for the error {@code name}. */
  static void require(Exchange answer, String name) {
    requireNamed(answer);
    String named = answer.errorType().orElseThrow();
    if (!named.equals(name)) {
      throw CheckFailure.of(answer, RULE, "expected the error " + name + ", not " + named);
    }
    JsonNode body = answer.jsonOrNull();
    if (body == null || !body.isObject()) {
      throw CheckFailure.of(answer, "error envelope (JSON body)", "expected a JSON object body");
    }
    if (!messageOf(body).isTextual()) {
      throw CheckFailure.of(answer, "error envelope (message)", "expected the body to carry a 'message' string");
    }
  }

  /** Throws unless the answer names exactly one error somewhere a restJson1 client looks. */
  static void requireNamed(Exchange answer) {
    ErrorNames names = answer.errorNames();
    if (names.unnamed()) {
      throw CheckFailure.of(answer, RULE, "expected the error's name in the X-Amzn-ErrorType header, a body "
          + "'code' or a body '__type'; the answer has none");
    }
    if (names.contradictory()) {
      throw CheckFailure.of(answer, RULE, "expected one error name; the answer names two (" + names.describe() + ")");
    }
  }

  /** The message member: restJson1 clients read {@code message}, and also {@code Message}. */
  static JsonNode messageOf(JsonNode body) {
    return body.has("message") ? body.get("message") : body.path("Message");
  }
}
