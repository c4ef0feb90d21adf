package dev.imkit.emulator.internal.hooks;

import dev.imkit.emulator.internal.wire.ApiError;
import dev.imkit.emulator.internal.wire.RenderedError;
import dev.imkit.schemas.api.Operation;
import java.util.List;

/** Error rendering: the status, type and body an error is sent with. */
@FunctionalInterface
public interface ErrorHook {

  /**
   * How {@code error}, raised while serving {@code op} ({@code null} before an operation was known), is sent,
   * given how it would be sent so far (first the correct rendering).
   */
  RenderedError render(ApiError error, Operation op, RenderedError rendered);

  /** Every hook in order, each given what the one before rendered. */
  static ErrorHook chain(List<ErrorHook> hooks) {
    return (error, op, rendered) -> {
      RenderedError r = rendered;
      for (ErrorHook h : hooks) {
        r = h.render(error, op, r);
      }
      return r;
    };
  }
}
