package dev.imkit.emulator.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.hooks.InputHook;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import dev.imkit.schemas.api.Violation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Valid input refused: strings of some shapes held to tighter length bounds than the model's, wherever they
 * appear in an input (nested structures, lists, map values), with the contract's kind of message.
 */
final class StricterLength implements InputHook {
  private final Contract contract;
  private final Set<String> shapes;
  private final Integer min;
  private final Integer max;

  /** Strings of the contract's shapes that {@code which} picks, with these bounds ({@code null}: the model's). */
  StricterLength(Contract contract, Predicate<Shape> which, Integer min, Integer max) {
    this.contract = contract;
    this.shapes = contract.shapes().values().stream().filter(s -> s.kind() == ShapeKind.STRING).filter(which)
        .map(Shape::name).collect(Collectors.toUnmodifiableSet());
    this.min = min;
    this.max = max;
  }

  /** The shapes held to the tighter bounds. */
  Set<String> shapes() {
    return shapes;
  }

  @Override
  public List<Violation> extra(String operation, JsonNode input) {
    List<Violation> out = new ArrayList<>();
    walk(contract.operation(operation).input(), input, "", out);
    return out;
  }

  private void walk(String shapeName, JsonNode value, String pointer, List<Violation> out) {
    Shape shape = contract.shapes().get(shapeName);
    if (shape == null || value == null) {
      return;
    }
    switch (shape.kind()) {
      case STRUCTURE, UNION -> {
        for (Member m : shape.members().values()) {
          walk(m.target(), value.get(m.name()), pointer + "/" + m.name(), out);
        }
      }
      case LIST -> {
        for (int i = 0; i < value.size(); i++) {
          walk(shape.listMember(), value.get(i), pointer + "/" + i, out);
        }
      }
      case MAP -> {
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          walk(shape.mapValue(), e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
        }
      }
      case STRING -> check(shape, value, pointer, out);
      default -> { }
    }
  }

  private void check(Shape shape, JsonNode value, String pointer, List<Violation> out) {
    if (!shapes.contains(shape.name()) || !value.isTextual()) {
      return;
    }
    int length = value.textValue().codePointCount(0, value.textValue().length());
    long low = min != null ? min : shape.min().orElse(0);
    long high = max != null ? max : shape.max().orElse(Long.MAX_VALUE);
    if (length < low || length > high) {
      out.add(new Violation(pointer, length < low ? Rule.MIN_LENGTH : Rule.MAX_LENGTH, low + ".." + high,
          "Value with length " + length + " at '" + pointer + "' failed to satisfy constraint: Member must have "
              + "length between " + low + " and " + high + ", inclusive", null));
    }
  }
}
