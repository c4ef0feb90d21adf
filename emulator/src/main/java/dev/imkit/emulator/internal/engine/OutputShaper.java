package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SCHEMA faults, applied to a copy of an answer along its output shape. */
final class OutputShaper {
  /** Where drop-required-output strikes; other operations lose their first required member. */
  private static final Map<String, String> DROPPED = Map.of(
      "GetIncidentRecord", "/incidentRecord/status",
      "CreateResponsePlan", "/arn",
      "GetResponsePlan", "/incidentTemplate/title",
      "GetTimelineEvent", "/event/eventUpdatedTime",
      "GetReplicationSet", "/replicationSet/status");

  private final Contract contract;
  private final boolean isoTimestamps;
  private final boolean unknownEnums;
  private final boolean dropRequired;

  OutputShaper(Contract contract, Faults faults) {
    this.contract = contract;
    this.isoTimestamps = faults.has(Fault.ISO_TIMESTAMPS);
    this.unknownEnums = faults.has(Fault.UNKNOWN_ENUM_OUTPUT);
    this.dropRequired = faults.has(Fault.DROP_REQUIRED_OUTPUT);
  }

  boolean active() {
    return isoTimestamps || unknownEnums || dropRequired;
  }

  /** The answer as the faults bend it (changed in place). */
  JsonNode shape(Operation op, JsonNode out) {
    if (isoTimestamps || unknownEnums) {
      ShapeWalk.transform(contract.shapes(), op.output(), out, this::bend);
    }
    if (dropRequired) {
      drop(op, out);
    }
    return out;
  }

  private JsonNode bend(Shape shape, JsonNode value) {
    if (isoTimestamps && shape.kind() == ShapeKind.TIMESTAMP && value.isNumber()) {
      return new TextNode(Instant.ofEpochMilli(Time.millis(value)).toString());
    }
    if (unknownEnums && shape.kind() == ShapeKind.ENUM && value.isTextual() && !value.textValue().isEmpty()) {
      String v = value.textValue();
      return new TextNode(v.charAt(0) + v.substring(1).toLowerCase(Locale.ROOT));
    }
    return value;
  }

  private void drop(Operation op, JsonNode out) {
    String pointer = DROPPED.get(op.name());
    if (pointer == null) {
      List<String> required = contract.shape(op.output()).requiredMembers();
      pointer = required.isEmpty() ? null : "/" + required.get(0);
    }
    if (pointer == null) {
      return;
    }
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = cut == 0 ? out : out.at(pointer.substring(0, cut));
    if (parent instanceof ObjectNode o) {
      o.remove(pointer.substring(cut + 1));
    }
  }
}
