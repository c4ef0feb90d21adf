package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Advisory;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Checks a structure or union: type, required members, exactly one union member, then each member. */
final class StructureCheck implements Check, Check.Linked {
  private final Shape shape;
  private final boolean union;
  private final String[] names;
  private final Shape[] targets;
  private final boolean[] required;
  private final Map<String, Integer> index = new HashMap<>();
  private final Check.Linker linker;
  private Check[] checks;

  StructureCheck(Shape shape, Map<String, Shape> shapes, Check.Linker linker) {
    this.shape = shape;
    this.union = shape.kind() == ShapeKind.UNION;
    this.linker = linker;
    int n = shape.members().size();
    names = new String[n];
    targets = new Shape[n];
    required = new boolean[n];
    int i = 0;
    for (Member m : shape.members().values()) {
      names[i] = m.name();
      targets[i] = shapes.get(m.target());
      required[i] = m.required();
      index.put(m.name(), i++);
    }
  }

  @Override
  public void link() {
    checks = new Check[names.length];
    for (int i = 0; i < names.length; i++) {
      checks[i] = linker.get(targets[i].name());
    }
  }

  @Override
  public void check(JsonNode value, Walk walk) {
    if (!value.isObject()) {
      walk.violation(Rule.TYPE, shape, value);
      return;
    }
    boolean[] present = new boolean[names.length];
    int set = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Integer i = index.get(e.getKey());
      if (i == null) {
        walk.advisory(Advisory.Kind.UNKNOWN_MEMBER, e.getKey(),
            "member '" + e.getKey() + "' is not part of " + shape.name() + " (clients ignore it)");
      } else if (e.getValue().isNull()) {
        walk.advisory(Advisory.Kind.NULL_MEMBER, e.getKey(),
            "member '" + e.getKey() + "' is null; clients read it as absent");
      } else {
        present[i] = true;
        set++;
        walk.enter(names[i]);
        checks[i].check(e.getValue(), walk);
        walk.leave();
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (required[i] && !present[i]) {
        walk.enter(names[i]);
        walk.violation(Rule.REQUIRED, targets[i], value);
        walk.leave();
      }
    }
    if (union && set != 1) {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        if (present[i]) {
          members.add(names[i]);
        }
      }
      walk.add(Messages.violation(walk.pointer(), Rule.UNION, shape, value, null, members));
    }
  }
}
