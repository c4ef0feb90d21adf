package dev.imkit.suites.internal.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a JSON document while a property holds: removes object members and array elements one at a time,
 * keeping each removal that leaves the property true, until none can go. A probe so reduced carries only what
 * tells two revisions apart, and nothing a server might refuse for another reason.
 */
public final class Minimizer {
  private Minimizer() {
  }

  public static ObjectNode minimize(ObjectNode document, Predicate<ObjectNode> keeps) {
    ObjectNode current = document.deepCopy();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Removal removal : removals(current)) {
        ObjectNode candidate = current.deepCopy();
        removal.apply(candidate);
        if (keeps.test(candidate)) {
          current = candidate;
          changed = true;
          break;
        }
      }
    }
    return current;
  }

  /** A removal at a path of member names and array indexes. */
  private record Removal(List<Object> path) {
    void apply(ObjectNode root) {
      JsonNode parent = root;
      for (int i = 0; i < path.size() - 1; i++) {
        Object step = path.get(i);
        parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
      }
      Object last = path.get(path.size() - 1);
      if (last instanceof Integer index) {
        ((ArrayNode) parent).remove(index);
      } else {
        ((ObjectNode) parent).remove((String) last);
      }
    }
  }

  private static List<Removal> removals(JsonNode root) {
    List<Removal> out = new ArrayList<>();
    collect(root, new ArrayList<>(), out);
    return out;
  }

  private static void collect(JsonNode node, List<Object> path, List<Removal> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        List<Object> next = append(path, name);
        out.add(new Removal(next));
        collect(node.get(name), next, out);
      });
    } else if (node.isArray()) {
      for (int i = node.size() - 1; i >= 0; i--) {
        List<Object> next = append(path, i);
        out.add(new Removal(next));
        collect(node.get(i), next, out);
      }
    }
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> next = new ArrayList<>(path);
    next.add(step);
    return next;
  }
}
