package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Places in a document named by pointer templates ({@code 0}: a list's first item, {@code *}: a map's first
 * value, {@code {key}}: a map's first key): where a control hosts the value a check breaks or varies.
 */
final class Docs {
  static final String KEY = "{key}";

  private Docs() {
  }

  /** The template's segments, unescaped. */
  static List<String> steps(String template) {
    List<String> out = new ArrayList<>();
    if (template.isEmpty()) {
      return out;
    }
    for (String segment : template.substring(1).split("/", -1)) {
      out.add(segment.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /** The template of a path of steps. */
  static String template(List<String> steps) {
    StringBuilder sb = new StringBuilder();
    steps.forEach(s -> sb.append('/').append(Pointer.escape(s)));
    return sb.toString();
  }

  /** The value at the template in {@code doc}, or null when the document does not have that place. */
  static JsonNode at(JsonNode doc, List<String> steps) {
    JsonNode cur = doc;
    for (String step : steps) {
      if (cur == null) {
        return null;
      }
      cur = step(cur, step);
    }
    return cur;
  }

  /** The concrete pointer of the template in {@code doc} (map keys filled in), or null when it lacks the place. */
  static String concrete(JsonNode doc, List<String> steps) {
    StringBuilder sb = new StringBuilder();
    JsonNode cur = doc;
    for (String step : steps) {
      if (cur == null) {
        return null;
      }
      String name = step.equals("*") || step.equals(KEY) ? firstKey(cur) : step;
      if (name == null) {
        return null;
      }
      if (!step.equals(KEY)) {
        sb.append('/').append(Pointer.escape(name));
      }
      cur = step(cur, step);
    }
    return cur == null ? null : sb.toString();
  }

  /** Replaces the value at the template (the place must exist); a {@code {key}} step renames the first key. */
  static void set(JsonNode doc, List<String> steps, JsonNode value) {
    JsonNode parent = at(doc, steps.subList(0, steps.size() - 1));
    String last = steps.get(steps.size() - 1);
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    } else if (parent instanceof ObjectNode o) {
      if (last.equals(KEY)) {
        String old = firstKey(o);
        JsonNode kept = o.remove(old);
        ObjectNode renamed = o.objectNode();
        renamed.set(value.asText(), kept);
        o.fields().forEachRemaining(e -> renamed.set(e.getKey(), e.getValue()));
        o.removeAll();
        o.setAll(renamed);
      } else {
        o.set(last.equals("*") ? firstKey(o) : last, value);
      }
    } else {
      throw new IllegalArgumentException("no place " + template(steps) + " in " + doc);
    }
  }

  /** Removes the member at the template. */
  static void remove(JsonNode doc, List<String> steps) {
    JsonNode parent = at(doc, steps.subList(0, steps.size() - 1));
    if (parent instanceof ObjectNode o) {
      o.remove(steps.get(steps.size() - 1));
    }
  }

  static String firstKey(JsonNode node) {
    Iterator<String> names = node.fieldNames();
    return names.hasNext() ? names.next() : null;
  }

  private static JsonNode step(JsonNode cur, String step) {
    if (cur.isArray()) {
      return step.equals("0") ? cur.get(0) : null;
    }
    if (!cur.isObject()) {
      return null;
    }
    if (step.equals("*")) {
      String k = firstKey(cur);
      return k == null ? null : cur.get(k);
    }
    if (step.equals(KEY)) {
      return cur.size() == 0 ? null : cur;
    }
    return cur.get(step);
  }
}
