package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import java.util.HashSet;
import java.util.Set;

/** Checks a list: type, item count, distinct items, then each item. */
final class ListCheck implements Check, Check.Linked {
  private final Shape shape;
  private final long min;
  private final long max;
  private final Check.Linker linker;
  private Check items;

  ListCheck(Shape shape, Check.Linker linker) {
    this.shape = shape;
    this.min = shape.min().orElse(0);
    this.max = shape.max().orElse(Long.MAX_VALUE);
    this.linker = linker;
  }

  @Override
  public void link() {
    items = linker.get(shape.listMember());
  }

  @Override
  public void check(JsonNode value, Walk walk) {
    if (!value.isArray()) {
      walk.violation(Rule.TYPE, shape, value);
      return;
    }
    int n = value.size();
    if (n < min) {
      walk.violation(Rule.MIN_ITEMS, shape, value);
    }
    if (n > max) {
      walk.violation(Rule.MAX_ITEMS, shape, value);
    }
    if (shape.uniqueItems() && n > 1) {
      Set<JsonNode> seen = new HashSet<>();
      for (JsonNode item : value) {
        if (!seen.add(item)) {
          walk.violation(Rule.UNIQUE_ITEMS, shape, value);
          break;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      walk.enter(i);
      items.check(value.get(i), walk);
      walk.leave();
    }
  }
}
