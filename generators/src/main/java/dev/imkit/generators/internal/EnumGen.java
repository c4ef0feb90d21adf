package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/** One of an enum's values, uniformly. */
final class EnumGen implements Gen {
  private final TextNode[] values;

  EnumGen(List<String> values) {
    this.values = values.stream().map(TextNode::valueOf).toArray(TextNode[]::new);
  }

  @Override
  public JsonNode next(Run run) {
    return values[run.source.pick(values.length)];
  }
}
