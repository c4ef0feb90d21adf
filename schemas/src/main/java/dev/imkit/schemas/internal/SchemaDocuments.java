package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

/**
 * The schema documents of one revision, with an index from shape name to the schema node that defines it:
 * an entry of {@code $defs} in {@code shapes.schema.json}, or a whole operation or error document.
 */
final class SchemaDocuments {
  static final String SHARED = "shapes.schema.json";
  private static final String SHARED_REF = "../" + SHARED + "#/$defs/";
  private static final String LOCAL_REF = "#/$defs/";

  private final Map<String, ObjectNode> documents;
  private final Map<String, String> topLevel = new LinkedHashMap<>();

  SchemaDocuments(Map<String, ObjectNode> documents) {
    this.documents = new LinkedHashMap<>(documents);
    this.documents.forEach((path, doc) -> {
      if (!path.equals(SHARED)) {
        topLevel.put(doc.get("title").asText(), path);
      }
    });
  }

  /** A deep copy, for computing another revision without touching this one. */
  SchemaDocuments copy() {
    Map<String, ObjectNode> copies = new LinkedHashMap<>();
    documents.forEach((path, doc) -> copies.put(path, doc.deepCopy()));
    return new SchemaDocuments(copies);
  }

  Map<String, ObjectNode> documents() {
    return documents;
  }

  /** Every shape name, sorted. */
  Set<String> shapeNames() {
    Set<String> names = new TreeSet<>(topLevel.keySet());
    defs().fieldNames().forEachRemaining(names::add);
    return names;
  }

  boolean has(String shape) {
    return topLevel.containsKey(shape) || defs().has(shape);
  }

  /** The schema node that defines {@code shape}. */
  ObjectNode shape(String shape) {
    String path = topLevel.get(shape);
    JsonNode node = path != null ? documents.get(path) : defs().get(shape);
    if (node == null) {
      throw new IllegalStateException("no schema for shape " + shape);
    }
    return (ObjectNode) node;
  }

  void removeShape(String shape) {
    String path = topLevel.remove(shape);
    if (path != null) {
      documents.remove(path);
    } else if (defs().remove(shape) == null) {
      throw new IllegalStateException("no schema for shape " + shape);
    }
  }

  /** The {@code $ref} that a member of {@code from} uses to point at {@code target}. */
  String ref(String from, String target) {
    return (topLevel.containsKey(from) ? SHARED_REF : LOCAL_REF) + target;
  }

  /** The shape name a {@code $ref} points at. */
  static String target(JsonNode refHolder) {
    String ref = refHolder.get("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** The document path that holds the shape, for error messages and networknt. */
  String pathOf(String shape) {
    String path = topLevel.get(shape);
    return path != null ? path : SHARED + "#/$defs/" + shape;
  }

  private ObjectNode defs() {
    return (ObjectNode) documents.get(SHARED).get("$defs");
  }

  /** The typed view of every shape. */
  Map<String, Shape> typedShapes() {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (String name : shapeNames()) {
      shapes.put(name, ShapeReader.read(shape(name)));
    }
    return shapes;
  }
}
