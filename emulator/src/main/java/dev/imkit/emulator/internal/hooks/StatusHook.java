package dev.imkit.emulator.internal.hooks;

import dev.imkit.schemas.api.Operation;
import java.util.List;

/** Status codes: the status of a successful answer. */
@FunctionalInterface
public interface StatusHook {

  /** The status sent for a success of {@code op}, given the one sent so far (first the modeled one). */
  int success(Operation op, int status);

  /** Every hook in order, each given what the one before chose. */
  static StatusHook chain(List<StatusHook> hooks) {
    return (op, status) -> {
      int s = status;
      for (StatusHook h : hooks) {
        s = h.success(op, s);
      }
      return s;
    };
  }
}
