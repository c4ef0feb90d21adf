package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import java.util.Iterator;
import java.util.Map;

/** Checks a map: type, entry count, each key against the key shape, then each value. */
final class MapCheck implements Check, Check.Linked {
  private final Shape shape;
  private final long min;
  private final long max;
  private final Check.Linker linker;
  private StringCheck keys;
  private Check values;

  MapCheck(Shape shape, Check.Linker linker) {
    this.shape = shape;
    this.min = shape.min().orElse(0);
    this.max = shape.max().orElse(Long.MAX_VALUE);
    this.linker = linker;
  }

  @Override
  public void link() {
    keys = (StringCheck) linker.get(shape.mapKey());
    values = linker.get(shape.mapValue());
  }

  @Override
  public void check(JsonNode value, Walk walk) {
    if (!value.isObject()) {
      walk.violation(Rule.TYPE, shape, value);
      return;
    }
    int n = value.size();
    if (n < min) {
      walk.violation(Rule.MIN_ENTRIES, shape, value);
    }
    if (n > max) {
      walk.violation(Rule.MAX_ENTRIES, shape, value);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      keys.checkKey(new TextNode(e.getKey()), walk);
      walk.enter(e.getKey());
      values.check(e.getValue(), walk);
      walk.leave();
    }
  }
}
