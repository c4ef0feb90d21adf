package dev.imkit.generators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a set of generated documents covers, as facts like {@code /impact max} or {@code /status = OPEN}, keyed
 * by pointer template ({@code 0} for list items, {@code *} for map values, {@code {key}} for map keys).
 */
final class Coverage {
  final Set<String> facts = new TreeSet<>();
  boolean multiByte;
  boolean astral;
  private final Map<String, Shape> shapes;

  Coverage(Map<String, Shape> shapes) {
    this.shapes = shapes;
  }

  void add(Shape shape, JsonNode value, String at) {
    switch (shape.kind()) {
      case STRUCTURE, UNION -> shape.members().values().forEach(m -> member(shape, m, value, at));
      case LIST -> {
        bounds(shape, value.size(), at);
        value.forEach(item -> add(shapes.get(shape.listMember()), item, at + "/0"));
      }
      case MAP -> {
        bounds(shape, value.size(), at);
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          add(shapes.get(shape.mapKey()), TextNode.valueOf(e.getKey()),
              at + "/{key}");
          add(shapes.get(shape.mapValue()), e.getValue(), at + "/*");
        }
      }
      case STRING -> text(shape, value.textValue(), at);
      case ENUM -> facts.add(at + " = " + value.textValue());
      case INTEGER -> {
        if (shape.min().isPresent() && value.longValue() == shape.min().getAsLong()) {
          facts.add(at + " min");
        }
        if (shape.max().isPresent() && value.longValue() == shape.max().getAsLong()) {
          facts.add(at + " max");
        }
      }
      case TIMESTAMP -> facts.add(at + (value.isIntegralNumber() ? " integral" : " fractional"));
      case BOOLEAN -> facts.add(at + " = " + value.booleanValue());
    }
  }

  private void member(Shape shape, Member m, JsonNode value, String at) {
    JsonNode v = value.get(m.name());
    if (v == null) {
      return;
    }
    String child = at + "/" + m.name();
    facts.add(child + " present");
    if (shape.kind() == ShapeKind.UNION) {
      facts.add(at + " member " + m.name());
    }
    add(shapes.get(m.target()), v, child);
  }

  private void text(Shape shape, String s, String at) {
    bounds(shape, s.codePointCount(0, s.length()), at);
    if (shape.pattern().isEmpty()) {
      multiByte |= s.codePoints().anyMatch(c -> c > 0x7F && c <= 0xFFFF);
      astral |= s.codePoints().anyMatch(c -> c > 0xFFFF);
    }
  }

  private void bounds(Shape shape, int length, String at) {
    if (length == shape.min().orElse(0)) {
      facts.add(at + " min");
    }
    if (shape.max().isPresent() && length == shape.max().getAsLong()) {
      facts.add(at + " max");
    }
  }
}
