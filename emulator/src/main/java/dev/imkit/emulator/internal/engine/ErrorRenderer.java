package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.hooks.ErrorHook;
import dev.imkit.emulator.internal.wire.ApiError;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.emulator.internal.wire.RenderedError;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;

/**
 * Turns an {@link ApiError} into what goes on the wire. An error the operation does not model at the
 * emulator's revision becomes a ValidationException (every operation models it), so clients only ever see
 * modeled errors; then the error hook has its say.
 */
public final class ErrorRenderer {
  private final Contract contract;
  private final ErrorHook hook;

  public ErrorRenderer(Contract contract, ErrorHook hook) {
    this.contract = contract;
    this.hook = hook;
  }

  /** How {@code error}, raised while serving {@code op} (or before an operation was known), is sent. */
  public RenderedError render(ApiError error, Operation op) {
    String name = error.name();
    ObjectNode body = error.body().deepCopy();
    if (error.modeled() && op != null && !op.models(name)) {
      name = Errors.VALIDATION;
      body = Json.object().put("message", error.getMessage());
    }
    int status = error.modeled() ? contract.error(name).httpStatus() : error.status();
    return hook.render(error, op, new RenderedError(status, name, name, body));
  }
}
