package dev.imkit.suites.internal.checks.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A path of member names from an operation's input or output shape down to a structure (list elements: the first
 * one), so a value placed in a create input can be found again at the same place in the get output.
 */
record MemberPath(List<String> members) {

  /** The shortest path from {@code root} to {@code shape} (empty when {@code root} is the shape). */
  static Optional<MemberPath> find(Contract contract, String root, String shape) {
    return find(contract, root, shape, new HashSet<>()).map(MemberPath::new);
  }

  private static Optional<List<String>> find(Contract contract, String from, String shape, Set<String> seen) {
    if (from.equals(shape)) {
      return Optional.of(List.of());
    }
    if (!seen.add(from) || !contract.shapes().containsKey(from)) {
      return Optional.empty();
    }
    for (Member m : contract.shape(from).members().values()) {
      Optional<List<String>> rest = find(contract, element(contract, m.target()), shape, seen);
      if (rest.isPresent()) {
        List<String> path = new ArrayList<>(List.of(m.name()));
        path.addAll(rest.get());
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  /** The shape a member holds: a list's element shape, else the shape itself. */
  static String element(Contract contract, String shape) {
    Shape s = contract.shape(shape);
    return s.listMember() != null ? s.listMember() : shape;
  }

  /**
   * The object at the end of the path inside {@code root}, created where missing: a missing structure is the
   * value {@code generate} gives for its shape (so its required members are there), a missing list holds one.
   */
  ObjectNode create(Contract contract, String rootShape, ObjectNode root, Function<String, JsonNode> generate) {
    ObjectNode node = root;
    String shape = rootShape;
    Function<String, JsonNode> fill = s -> contract.shape(s).kind() == ShapeKind.UNION
        ? JsonNodeFactory.instance.objectNode() : generate.apply(s);
    for (String name : members) {
      if (contract.shape(shape).kind() == ShapeKind.UNION) {
        node.retain(name);
      }
      String target = contract.shape(shape).members().get(name).target();
      String element = element(contract, target);
      boolean list = !element.equals(target);
      JsonNode child = node.get(name);
      if (list) {
        ArrayNode array = child instanceof ArrayNode a ? a : node.putArray(name);
        if (array.isEmpty()) {
          array.add(fill.apply(element));
        }
        node = (ObjectNode) array.get(0);
      } else {
        if (!(child instanceof ObjectNode)) {
          node.set(name, fill.apply(element));
        }
        node = (ObjectNode) node.get(name);
      }
      shape = element;
    }
    return node;
  }

  /** The node at the end of the path in {@code root} (first list elements), or a missing node. */
  JsonNode read(JsonNode root) {
    JsonNode node = root;
    for (String name : members) {
      node = node.path(name);
      if (node.isArray()) {
        node = node.path(0);
      }
    }
    return node;
  }

  @Override
  public String toString() {
    return members.isEmpty() ? "/" : "/" + String.join("/", members);
  }
}
