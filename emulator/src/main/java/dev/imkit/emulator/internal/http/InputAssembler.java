package dev.imkit.emulator.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.hooks.BindingHook;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.List;
import java.util.Map;

/**
 * Builds an operation's logical input from the three places restJson1 puts members: the JSON body, the URI
 * labels and the query string, each member typed by its shape (a list member from repeated keys).
 */
final class InputAssembler {
  private final Contract contract;
  private final BindingHook binding;

  InputAssembler(Contract contract, BindingHook binding) {
    this.contract = contract;
    this.binding = binding;
  }

  /** The logical input; {@code body} is changed and returned. */
  ObjectNode assemble(Operation op, ObjectNode body, Map<String, String> rawLabels, String rawQuery) {
    boolean queryFromBody = !binding.readsQuery();
    for (String member : op.labels().keySet()) {
      body.remove(member);
    }
    if (!queryFromBody) {
      op.query().keySet().forEach(body::remove);
    }
    op.labels().forEach((member, label) -> {
      String raw = rawLabels.get(label);
      if (raw != null) {
        body.put(member, binding.decodesLabels() ? decode(raw) : raw);
      }
    });
    if (queryFromBody) {
      return body;
    }
    Map<String, List<String>> params = query(rawQuery);
    op.query().forEach((member, param) -> {
      List<String> values = params.get(param);
      if (values != null) {
        put(body, member, memberShape(op, member), values);
      }
    });
    return body;
  }

  private void put(ObjectNode body, String member, Shape shape, List<String> values) {
    if (shape.kind() == ShapeKind.LIST) {
      ArrayNode array = body.putArray(member);
      values.forEach(array::add);
    } else if (shape.kind() == ShapeKind.INTEGER && values.get(0).matches("-?[0-9]{1,9}")) {
      body.put(member, Integer.parseInt(values.get(0)));
    } else if (shape.kind() == ShapeKind.BOOLEAN && values.get(0).matches("true|false")) {
      body.put(member, Boolean.parseBoolean(values.get(0)));
    } else {
      body.put(member, values.get(0));
    }
  }

  private Shape memberShape(Operation op, String member) {
    return contract.shape(contract.shape(op.input()).members().get(member).target());
  }

  private static String decode(String raw) {
    try {
      return Percent.decode(raw);
    } catch (IllegalArgumentException e) {
      throw Errors.serialization("The request URI is malformed: " + e.getMessage());
    }
  }

  private static Map<String, List<String>> query(String rawQuery) {
    try {
      return Percent.query(rawQuery);
    } catch (IllegalArgumentException e) {
      throw Errors.serialization("The query string is malformed: " + e.getMessage());
    }
  }

  /** An empty body, for requests that send none. */
  static ObjectNode empty() {
    return Json.object();
  }
}
