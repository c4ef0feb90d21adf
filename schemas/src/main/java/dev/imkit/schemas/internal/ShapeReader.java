package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Reads the typed {@link Shape} view from a shape's JSON Schema node. */
final class ShapeReader {
  private ShapeReader() {
  }

  static Shape read(JsonNode s) {
    String name = s.get("title").asText();
    String doc = s.has("description") ? s.get("description").asText() : null;
    String type = s.get("type").asText();
    return switch (type) {
      case "object" -> s.has("properties") ? structure(name, doc, s) : map(name, doc, s);
      case "array" -> new Shape(name, ShapeKind.LIST, doc, Map.of(), SchemaDocuments.target(s.get("items")), null,
          null, bound(s, "minItems"), bound(s, "maxItems"), Optional.empty(), List.of(),
          s.path("uniqueItems").asBoolean(false));
      case "string" -> string(name, doc, s);
      case "integer" -> scalar(name, doc, ShapeKind.INTEGER, bound(s, "minimum"), bound(s, "maximum"));
      case "boolean" -> scalar(name, doc, ShapeKind.BOOLEAN, OptionalLong.empty(), OptionalLong.empty());
      case "number" -> scalar(name, doc, ShapeKind.TIMESTAMP, OptionalLong.empty(), OptionalLong.empty());
      default -> throw new IllegalStateException("shape " + name + " has unsupported type " + type);
    };
  }

  private static Shape structure(String name, String doc, JsonNode s) {
    Set<String> required = new HashSet<>();
    s.path("required").forEach(r -> required.add(r.asText()));
    Map<String, Member> members = new LinkedHashMap<>();
    s.get("properties").fields().forEachRemaining(e -> members.put(e.getKey(), new Member(e.getKey(),
        SchemaDocuments.target(e.getValue()), required.contains(e.getKey()),
        e.getValue().has("description") ? e.getValue().get("description").asText() : null)));
    ShapeKind kind = s.has("oneOf") ? ShapeKind.UNION : ShapeKind.STRUCTURE;
    return new Shape(name, kind, doc, members, null, null, null, OptionalLong.empty(), OptionalLong.empty(),
        Optional.empty(), List.of(), false);
  }

  private static Shape map(String name, String doc, JsonNode s) {
    return new Shape(name, ShapeKind.MAP, doc, Map.of(), null, SchemaDocuments.target(s.get("propertyNames")),
        SchemaDocuments.target(s.get("additionalProperties")), bound(s, "minProperties"),
        bound(s, "maxProperties"), Optional.empty(), List.of(), false);
  }

  private static Shape string(String name, String doc, JsonNode s) {
    List<String> values = new ArrayList<>();
    s.path("enum").forEach(v -> values.add(v.asText()));
    return new Shape(name, values.isEmpty() ? ShapeKind.STRING : ShapeKind.ENUM, doc, Map.of(), null, null, null,
        bound(s, "minLength"), bound(s, "maxLength"),
        s.has("pattern") ? Optional.of(s.get("pattern").asText()) : Optional.empty(), values, false);
  }

  private static Shape scalar(String name, String doc, ShapeKind kind, OptionalLong min, OptionalLong max) {
    return new Shape(name, kind, doc, Map.of(), null, null, null, min, max, Optional.empty(), List.of(), false);
  }

  private static OptionalLong bound(JsonNode s, String keyword) {
    return s.has(keyword) ? OptionalLong.of(s.get(keyword).asLong()) : OptionalLong.empty();
  }
}
