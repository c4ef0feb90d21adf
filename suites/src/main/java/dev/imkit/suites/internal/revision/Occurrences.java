package dev.imkit.suites.internal.revision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where in a document, walked along its shapes, a given member of a given shape is present (JSON pointers). */
public final class Occurrences {
  private Occurrences() {
  }

  public static List<String> of(Contract contract, String rootShape, JsonNode document, String shape, String member) {
    List<String> out = new ArrayList<>();
    walk(contract, contract.shape(rootShape), document, "", shape, member, out, 0);
    return out;
  }

  private static void walk(Contract contract, Shape shape, JsonNode node, String at, String target, String member,
      List<String> out, int depth) {
    if (node == null || depth > 32) {
      return;
    }
    if (shape.isObject() && node.isObject()) {
      if (shape.name().equals(target) && node.has(member) && !node.get(member).isNull()) {
        out.add(at + "/" + escape(member));
      }
      for (Map.Entry<String, Member> m : shape.members().entrySet()) {
        walk(contract, contract.shape(m.getValue().target()), node.get(m.getKey()), at + "/" + escape(m.getKey()),
            target, member, out, depth + 1);
      }
    } else if (shape.kind() == ShapeKind.LIST && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(contract, contract.shape(shape.listMember()), node.get(i), at + "/" + i, target, member, out, depth + 1);
      }
    } else if (shape.kind() == ShapeKind.MAP && node.isObject()) {
      node.fieldNames().forEachRemaining(k -> walk(contract, contract.shape(shape.mapValue()), node.get(k),
          at + "/" + escape(k), target, member, out, depth + 1));
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
