package dev.imkit.emulator.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.engine.ShapeWalk;
import dev.imkit.emulator.internal.hooks.OutputHook;
import dev.imkit.emulator.internal.wire.Time;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Faults of output shaping: answers bent along their output shapes. */
final class OutputFaults {
  /** Where drop-required-output strikes; other operations lose their first required member. */
  private static final Map<String, String> DROPPED = Map.of(
      "GetIncidentRecord", "/incidentRecord/status",
      "CreateResponsePlan", "/arn",
      "GetResponsePlan", "/incidentTemplate/title",
      "GetTimelineEvent", "/event/eventUpdatedTime",
      "GetReplicationSet", "/replicationSet/status");

  private OutputFaults() {
  }

  static Map<Fault, Function<Contract, ?>> all() {
    return Map.of(
        Fault.ISO_TIMESTAMPS, c -> values(c, s -> s.kind() == ShapeKind.TIMESTAMP, v -> v.isNumber()
            ? new TextNode(Instant.ofEpochMilli(Time.millis(v)).toString()) : v),
        Fault.UNKNOWN_ENUM_OUTPUT, c -> values(c, s -> s.kind() == ShapeKind.ENUM, v -> v.isTextual()
            && !v.textValue().isEmpty() ? new TextNode(capitalised(v.textValue())) : v),
        Fault.BAD_GENERATED_ID, c -> values(c, s -> s.name().equals("GeneratedId"), v -> v.isTextual()
            ? new TextNode(lowerCaseHex(v.textValue())) : v),
        Fault.DROP_REQUIRED_OUTPUT, c -> (OutputHook) (op, out) -> dropRequired(c, op, out));
  }

  /** Every value of the shapes {@code which} picks, anywhere in the answer, replaced by {@code bend}. */
  private static OutputHook values(Contract c, Predicate<Shape> which, UnaryOperator<JsonNode> bend) {
    return (op, out) -> ShapeWalk.transform(c.shapes(), op.output(), out,
        (shape, value) -> which.test(shape) ? bend.apply(value) : value);
  }

  private static String capitalised(String v) {
    return v.charAt(0) + v.substring(1).toLowerCase(Locale.ROOT);
  }

  /** {@code related-item/OTHER/ABC...} with its hex digits in lower case. */
  private static String lowerCaseHex(String generatedId) {
    int cut = generatedId.lastIndexOf('/') + 1;
    return generatedId.substring(0, cut) + generatedId.substring(cut).toLowerCase(Locale.ROOT);
  }

  private static JsonNode dropRequired(Contract c, Operation op, JsonNode out) {
    String pointer = DROPPED.get(op.name());
    if (pointer == null) {
      List<String> required = c.shape(op.output()).requiredMembers();
      pointer = required.isEmpty() ? null : "/" + required.get(0);
    }
    if (pointer == null) {
      return out;
    }
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = cut == 0 ? out : out.at(pointer.substring(0, cut));
    if (parent instanceof ObjectNode o) {
      o.remove(pointer.substring(cut + 1));
    }
    return out;
  }
}
