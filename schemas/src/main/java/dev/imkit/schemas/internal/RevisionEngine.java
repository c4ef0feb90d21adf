package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Change;
import dev.imkit.schemas.api.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the contract of the previous revision by undoing, newest first, the changes a revision made.
 * Works on the JSON Schema documents themselves, so every revision is derived from the one set of files.
 */
final class RevisionEngine {
  private RevisionEngine() {
  }

  /** The state of one revision: its schema documents and its operations by name. */
  record State(SchemaDocuments documents, Map<String, Operation> operations) {
    State copy() {
      return new State(documents.copy(), new LinkedHashMap<>(operations));
    }
  }

  /** The state before {@code changes} were made, given the state after them. Leaves {@code after} intact. */
  static State undo(State after, List<Change> changes) {
    State s = after.copy();
    for (int i = changes.size() - 1; i >= 0; i--) {
      undo(s, changes.get(i));
    }
    return s;
  }

  private static void undo(State s, Change c) {
    SchemaDocuments docs = s.documents();
    switch (c.kind()) {
      case ADD_OPERATION -> s.operations().remove(c.operation());
      case ADD_ERROR -> s.operations().compute(c.operation(), (k, op) -> op.withErrors(without(op.errors(), c.subject())));
      case REMOVE_ERROR -> s.operations().compute(c.operation(), (k, op) -> op.withErrors(with(op.errors(), c.subject())));
      case ADD_SHAPE -> docs.removeShape(c.shape());
      case ADD_MEMBER -> removeMember(docs.shape(c.shape()), c.member());
      case REMOVE_MEMBER -> addMember(docs, c.shape(), c.member(), c.subject());
      case CHANGE_MEMBER_TARGET -> ((ObjectNode) docs.shape(c.shape()).get("properties").get(c.member()))
          .put("$ref", docs.ref(c.shape(), (String) c.before()));
      case CHANGE_REQUIRED -> setRequired(docs.shape(c.shape()), (List<?>) c.before());
      case ADD_ENUM_VALUES -> retainEnum(docs.shape(c.shape()), c.values(), false);
      case REMOVE_ENUM_VALUES -> retainEnum(docs.shape(c.shape()), c.values(), true);
      case CHANGE_CONSTRAINT -> setConstraint(docs.shape(c.shape()), c.subject(), c.before());
      default -> throw new IllegalStateException("cannot undo " + c.describe());
    }
  }

  private static List<String> without(List<String> list, String value) {
    List<String> out = new ArrayList<>(list);
    out.remove(value);
    return out;
  }

  private static List<String> with(List<String> list, String value) {
    List<String> out = new ArrayList<>(list);
    out.add(value);
    out.sort(null);
    return out;
  }

  private static void removeMember(ObjectNode shape, String member) {
    ((ObjectNode) shape.get("properties")).remove(member);
    if (shape.has("oneOf")) {
      ArrayNode oneOf = (ArrayNode) shape.get("oneOf");
      for (int i = oneOf.size() - 1; i >= 0; i--) {
        if (oneOf.get(i).get("required").get(0).asText().equals(member)) {
          oneOf.remove(i);
        }
      }
    }
  }

  private static void addMember(SchemaDocuments docs, String shapeName, String member, String target) {
    ObjectNode shape = docs.shape(shapeName);
    ((ObjectNode) shape.get("properties")).putObject(member).put("$ref", docs.ref(shapeName, target));
    if (shape.has("oneOf")) {
      ((ArrayNode) shape.get("oneOf")).addObject().putArray("required").add(member);
    }
  }

  private static void setRequired(ObjectNode shape, List<?> required) {
    if (required == null || required.isEmpty()) {
      shape.remove("required");
      return;
    }
    ArrayNode array = shape.putArray("required");
    required.stream().map(Object::toString).sorted().forEach(array::add);
  }

  private static void retainEnum(ObjectNode shape, Collection<String> values, boolean add) {
    ArrayNode current = (ArrayNode) shape.get("enum");
    ArrayNode next = Json.MAPPER.createArrayNode();
    for (JsonNode v : current) {
      if (add || !values.contains(v.asText())) {
        next.add(v);
      }
    }
    if (add) {
      values.forEach(next::add);
    }
    shape.set("enum", next);
  }

  private static void setConstraint(ObjectNode shape, String constraint, Object before) {
    String keyword = keyword(shape.get("type").asText(), constraint);
    if (before == null) {
      shape.remove(keyword);
    } else if (before instanceof Long n) {
      shape.put(keyword, n);
    } else {
      shape.put(keyword, before.toString());
    }
  }

  /** The JSON Schema keyword for a Smithy-style constraint on a schema of the given type. */
  static String keyword(String type, String constraint) {
    if (constraint.equals("pattern")) {
      return "pattern";
    }
    boolean min = constraint.equals("min");
    return switch (type) {
      case "string" -> min ? "minLength" : "maxLength";
      case "array" -> min ? "minItems" : "maxItems";
      case "object" -> min ? "minProperties" : "maxProperties";
      case "integer" -> min ? "minimum" : "maximum";
      default -> throw new IllegalStateException("no " + constraint + " constraint on type " + type);
    };
  }
}
