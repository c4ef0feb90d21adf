package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a resource as the target reads it with the reference's reading, member by member along its shape:
 * what the server chooses (timestamps the sequence did not write, members the facts name) is skipped, lists are
 * compared as multisets, and an empty value reads as an absent one. A difference in a member the sequence
 * wrote is MUST; in any other member SHOULD.
 */
final class Members {
  private final Contract contract;
  private final Facts facts;

  /**
   * A difference: where ({@code path}, with map keys; {@code idPath}, member names only, for finding IDs), its
   * level, and both values.
   */
  record Difference(String path, String idPath, Level level, JsonNode reference, JsonNode target) {
  }

  Members(Contract contract, Facts facts) {
    this.contract = contract;
    this.facts = facts;
  }

  /** The first MUST difference, else the first SHOULD one, else empty. {@code written} null: all written. */
  Optional<Difference> first(String shape, JsonNode reference, JsonNode target, Set<String> written) {
    List<Difference> found = new ArrayList<>();
    walk(contract.shape(shape), reference, target, "", "", written, found);
    return found.stream().filter(d -> d.level() == Level.MUST).findFirst().or(() -> found.stream().findFirst());
  }

  private void walk(Shape shape, JsonNode r, JsonNode t, String path, String idPath, Set<String> written,
      List<Difference> out) {
    if (empty(r) && empty(t)) {
      return;
    }
    switch (shape.kind()) {
      case STRUCTURE, UNION -> {
        if (r == null || t == null || !r.isObject() || !t.isObject()) {
          out.add(difference(path, idPath, written, r, t));
          return;
        }
        for (String key : keys(r, t)) {
          Member m = shape.members().get(key);
          if (m == null || facts.serverChosen(shape.name(), key)) {
            continue;
          }
          Shape target = contract.shape(m.target());
          String at = path + "/" + key;
          if (target.kind() == ShapeKind.TIMESTAMP && !writtenItself(at, written)) {
            continue;
          }
          walk(target, r.get(key), t.get(key), at, idPath + "." + key, written, out);
        }
      }
      case MAP -> {
        if (r == null || t == null || !r.isObject() || !t.isObject()) {
          out.add(difference(path, idPath, written, r, t));
          return;
        }
        Shape value = contract.shape(shape.mapValue());
        for (String key : keys(r, t)) {
          walk(value, r.get(key), t.get(key), path + "/" + key, idPath, written, out);
        }
      }
      default -> {
        if (!canonical(shape, r).equals(canonical(shape, t))) {
          out.add(difference(path, idPath, written, r, t));
        }
      }
    }
  }

  private Difference difference(String path, String idPath, Set<String> written, JsonNode r, JsonNode t) {
    return new Difference(path.isEmpty() ? "/" : path, idPath.isEmpty() ? "" : idPath.substring(1),
        written(path, written) ? Level.MUST : Level.SHOULD, r, t);
  }

  /** Whether the sequence wrote the timestamp at {@code path} itself (not only a whole that holds it). */
  private static boolean writtenItself(String path, Set<String> written) {
    return written != null && written.contains(path.substring(1));
  }

  /** Whether the sequence wrote {@code path}, a part of it or a whole that holds it. */
  static boolean written(String path, Set<String> written) {
    if (written == null) {
      return true;
    }
    String p = path.startsWith("/") ? path.substring(1) : path;
    for (String w : written) {
      if (p.equals(w) || p.startsWith(w + "/") || w.startsWith(p + "/") || p.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A text for a value that is equal for equal values: server-chosen parts left out, keys sorted, lists as sets. */
  String canonical(Shape shape, JsonNode node) {
    if (empty(node)) {
      return "";
    }
    switch (shape.kind()) {
      case STRUCTURE, UNION, MAP -> {
        if (!node.isObject()) {
          return node.toString();
        }
        StringBuilder s = new StringBuilder("{");
        for (String key : new TreeSet<>(keys(node, node))) {
          Shape value = shape.kind() == ShapeKind.MAP ? contract.shape(shape.mapValue())
              : shape.members().containsKey(key) ? contract.shape(shape.members().get(key).target()) : null;
          boolean skipped = value == null || (shape.kind() != ShapeKind.MAP
              && (facts.serverChosen(shape.name(), key) || value.kind() == ShapeKind.TIMESTAMP));
          String v = skipped ? "" : canonical(value, node.get(key));
          if (!v.isEmpty()) {
            s.append(JsonText.quote(key)).append(':').append(v).append(',');
          }
        }
        return s.append('}').toString();
      }
      case LIST -> {
        if (!node.isArray()) {
          return node.toString();
        }
        List<String> items = new ArrayList<>();
        node.forEach(n -> items.add(canonical(contract.shape(shape.listMember()), n)));
        items.sort(null);
        return items.toString();
      }
      default -> {
        return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.toString();
      }
    }
  }

  /** Absent, null, or empty text, list or object (an object of empty members included). */
  static boolean empty(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return true;
    }
    if (node.isTextual()) {
      return node.textValue().isEmpty();
    }
    if (node.isArray()) {
      return node.isEmpty();
    }
    if (node.isObject()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        if (!empty(it.next())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static Set<String> keys(JsonNode a, JsonNode b) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
