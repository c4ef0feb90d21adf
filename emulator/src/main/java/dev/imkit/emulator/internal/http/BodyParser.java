package dev.imkit.emulator.internal.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import java.io.IOException;

/** Turns a request body into a JSON object, or a 400 SerializationException saying what is wrong with it. */
final class BodyParser {
  private BodyParser() {
  }

  static ObjectNode parse(byte[] body, String contentType) {
    if (body.length == 0) {
      return Json.object();
    }
    if (contentType == null || !contentType.trim().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw Errors.serialization("A request with a body must have Content-Type application/json, not "
          + (contentType == null ? "none" : "'" + contentType + "'"));
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(body);
    } catch (StreamConstraintsException e) {
      throw Errors.serialization("The JSON body is nested deeper than " + Json.MAX_DEPTH + " levels");
    } catch (JacksonException e) {
      throw Errors.serialization("The body is not valid UTF-8 JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw Errors.serialization("The body cannot be read: " + e.getMessage());
    }
    if (node == null || node.isMissingNode() || !node.isObject()) {
      throw Errors.serialization("The JSON body must be an object, not " + describe(node));
    }
    return (ObjectNode) node;
  }

  private static String describe(JsonNode node) {
    return node == null || node.isMissingNode() ? "nothing" : "a " + node.getNodeType().name().toLowerCase(
        java.util.Locale.ROOT);
  }
}
