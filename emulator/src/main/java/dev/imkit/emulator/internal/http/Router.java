package dev.imkit.emulator.internal.http;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the operation of a request from the contract's URI templates: literal paths by lookup, templates
 * such as {@code /tags/{resourceArn}} segment by segment. A label in the last segment takes the rest of the
 * path, so an ARN sent with unencoded slashes still arrives whole.
 */
final class Router {
  private final Map<String, Operation> literal = new HashMap<>();
  private final List<Template> templates = new ArrayList<>();

  /**
   * An operation matched to a request.
   *
   * @param operation the operation
   * @param labels label name to the raw (still percent-encoded) text of the path
   */
  record Match(Operation operation, Map<String, String> labels) {
  }

  private record Template(String method, String[] segments, Operation operation) {
  }

  Router(Contract contract) {
    for (Operation op : contract.operations()) {
      if (op.uri().contains("{")) {
        templates.add(new Template(op.method(), op.uri().substring(1).split("/", -1), op));
      } else {
        literal.put(op.method() + " " + op.uri(), op);
      }
    }
  }

  /** The operation for a method and raw path, or {@code null}. */
  Match route(String method, String rawPath) {
    Operation op = literal.get(method + " " + rawPath);
    if (op != null) {
      return new Match(op, Map.of());
    }
    for (Template t : templates) {
      Map<String, String> labels = t.method().equals(method) ? match(t.segments(), rawPath) : null;
      if (labels != null) {
        return new Match(t.operation(), labels);
      }
    }
    return null;
  }

  private static Map<String, String> match(String[] template, String rawPath) {
    String[] path = rawPath.substring(1).split("/", -1);
    if (path.length < template.length) {
      return null;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      boolean last = i == template.length - 1;
      if (t.startsWith("{") && t.endsWith("}")) {
        String name = t.substring(1, t.length() - 1).replace("+", "");
        String value = last ? String.join("/", java.util.Arrays.copyOfRange(path, i, path.length)) : path[i];
        if (value.isEmpty()) {
          return null;
        }
        labels.put(name, value);
      } else if (!t.equals(path[i]) || (last && path.length != template.length)) {
        return null;
      }
    }
    return labels;
  }
}
