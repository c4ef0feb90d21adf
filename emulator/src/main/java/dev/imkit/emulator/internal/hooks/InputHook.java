package dev.imkit.emulator.internal.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.wire.ApiError;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Input validation: which of the contract's violations are let through, which are added, how invalid input is
 * refused, and which members of a valid input the handler honours.
 */
public interface InputHook {

  /** Whether a violation the contract finds in {@code input} is let through. */
  default boolean excuses(Violation violation, JsonNode input) {
    return false;
  }

  /** Violations the contract does not find (a stricter or older rule). */
  default List<Violation> extra(String operation, JsonNode input) {
    return List.of();
  }

  /** The error an invalid input gets, given the one it would get so far (first a ValidationException). */
  default ApiError refusal(ApiError standard) {
    return standard;
  }

  /** The input the handler acts on, given the valid one; a member left out is a member ignored. */
  default ObjectNode honoured(Operation op, ObjectNode input) {
    return input;
  }

  /** Every hook at once: excused by any, extras of all, refusals and honoured inputs in order. */
  static InputHook chain(List<InputHook> hooks) {
    if (hooks.isEmpty()) {
      return new InputHook() { };
    }
    return new InputHook() {
      @Override
      public boolean excuses(Violation violation, JsonNode input) {
        return hooks.stream().anyMatch(h -> h.excuses(violation, input));
      }

      @Override
      public List<Violation> extra(String operation, JsonNode input) {
        List<Violation> all = new ArrayList<>();
        hooks.forEach(h -> all.addAll(h.extra(operation, input)));
        return all;
      }

      @Override
      public ApiError refusal(ApiError standard) {
        ApiError e = standard;
        for (InputHook h : hooks) {
          e = h.refusal(e);
        }
        return e;
      }

      @Override
      public ObjectNode honoured(Operation op, ObjectNode input) {
        ObjectNode in = input;
        for (InputHook h : hooks) {
          in = h.honoured(op, in);
        }
        return in;
      }
    };
  }
}
