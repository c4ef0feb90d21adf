package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.hooks.InputHook;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates an operation's logical input against the contract at the emulator's revision, as the input hook
 * bends the verdict. Invalid input ends in a ValidationException with a {@code fieldList}.
 */
final class InputCheck {
  private final Contract contract;
  private final InputHook hook;

  InputCheck(Contract contract, InputHook hook) {
    this.contract = contract;
    this.hook = hook;
  }

  /** Throws the error the input deserves, if any. */
  void check(String operation, JsonNode input) {
    List<Violation> violations = new ArrayList<>();
    for (Violation v : contract.validator().input(operation, input).violations()) {
      if (!hook.excuses(v, input)) {
        violations.add(v);
      }
    }
    violations.addAll(hook.extra(operation, input));
    if (!violations.isEmpty()) {
      throw hook.refusal(Errors.validation(violations));
    }
  }
}
