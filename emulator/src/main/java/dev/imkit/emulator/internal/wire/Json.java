package dev.imkit.emulator.internal.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** The emulator's Jackson mapper (bounded nesting, plain decimals) and small tree helpers. */
public final class Json {
  /** Deeper documents are refused while parsing; the contract's deepest shape is far shallower. */
  public static final int MAX_DEPTH = 100;
  public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build())
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** The text of a member, or {@code null} when it is absent, null or not a string. */
  public static String text(JsonNode node, String member) {
    JsonNode v = node == null ? null : node.get(member);
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  /** The member if it is present and not JSON null, else {@code null}. */
  public static JsonNode member(JsonNode node, String member) {
    JsonNode v = node == null ? null : node.get(member);
    return v == null || v.isNull() ? null : v;
  }

  /** Serialises a tree; trees built here always serialise. */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise an answer", e);
    }
  }

  /** Compact JSON, the form stored values keep. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses JSON this emulator wrote itself. */
  public static JsonNode parseOwn(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is corrupt: " + json, e);
    }
  }

  /** Compact JSON with object keys sorted at every level: equal values give equal strings. */
  public static String canonical(JsonNode node) {
    return compact(sorted(node));
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> entries = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        entries.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = object();
      entries.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = array();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }
}
