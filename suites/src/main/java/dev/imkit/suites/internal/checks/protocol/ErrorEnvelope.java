package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.CheckFailure;

/** The restJson1 error envelope: the error's name in {@code X-Amzn-ErrorType}, a JSON object body with a message. */
final class ErrorEnvelope {
  private ErrorEnvelope() {
  }

  /** Throws when {@code answer} is not an envelope for the error {@code name}. */
  static void require(Exchange answer, String name) {
    String header = answer.header("X-Amzn-ErrorType").orElse(null);
    if (header == null) {
      throw CheckFailure.of(answer, "error envelope (X-Amzn-ErrorType header)",
          "expected the header X-Amzn-ErrorType naming " + name);
    }
    if (!nameOf(header).equals(name)) {
      throw CheckFailure.of(answer, "error envelope (X-Amzn-ErrorType header)",
          "expected X-Amzn-ErrorType " + name + " (a ':url' suffix is allowed), not '" + header + "'");
    }
    JsonNode body = answer.jsonOrNull();
    if (body == null || !body.isObject()) {
      throw CheckFailure.of(answer, "error envelope (JSON body)", "expected a JSON object body");
    }
    if (!messageOf(body).isTextual()) {
      throw CheckFailure.of(answer, "error envelope (message)", "expected the body to carry a 'message' string");
    }
  }

  /** The message member: restJson1 clients read {@code message}, and also {@code Message}. */
  static JsonNode messageOf(JsonNode body) {
    return body.has("message") ? body.get("message") : body.path("Message");
  }

  /** The error name of an {@code X-Amzn-ErrorType} value: without a {@code :url} suffix or a namespace. */
  static String nameOf(String header) {
    String name = header.contains(":") ? header.substring(0, header.indexOf(':')) : header;
    return name.contains("#") ? name.substring(name.indexOf('#') + 1) : name.trim();
  }
}
