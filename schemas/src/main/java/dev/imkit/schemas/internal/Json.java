package dev.imkit.schemas.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** The project's shared Jackson mapper and a few helpers. */
public final class Json {
  /** A mapper with default settings; thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {
  }

  /** Reads a classpath resource of this module as a tree. */
  public static JsonNode resource(String path) {
    try (InputStream in = Json.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the imkit-schemas jar");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }

  /** Compact JSON with object keys sorted, the form the contract digests are computed on. */
  public static String canonical(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> entries = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        entries.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = MAPPER.createObjectNode();
      entries.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = MAPPER.createArrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }
}
