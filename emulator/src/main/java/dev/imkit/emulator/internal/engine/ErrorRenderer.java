package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.util.Map;

/**
 * Turns an {@link ApiError} into what goes on the wire. An error the operation does not model at the
 * emulator's revision becomes a ValidationException (every operation models it), so clients only ever see
 * modeled errors; then the PROTOCOL, SCHEMA and SDK faults bend the answer.
 */
public final class ErrorRenderer {
  private static final Map<String, String> UNTYPED = Map.of(
      Errors.VALIDATION, "BadRequest", Errors.NOT_FOUND, "NotFound", Errors.CONFLICT, "Conflict",
      Errors.QUOTA, "QuotaExceeded", Errors.THROTTLING, "Throttled", Errors.INTERNAL, "InternalError",
      Errors.ACCESS_DENIED, "Forbidden");

  private final Contract contract;
  private final Faults faults;

  public ErrorRenderer(Contract contract, Faults faults) {
    this.contract = contract;
    this.faults = faults;
  }

  /**
   * An error on the wire.
   *
   * @param status the HTTP status
   * @param type the {@code X-Amzn-ErrorType} header, or {@code null} for none
   * @param body the JSON body
   */
  public record Rendered(int status, String type, ObjectNode body) {
  }

  /** How {@code error}, raised while serving {@code op} (or before an operation was known), is sent. */
  public Rendered render(ApiError error, Operation op) {
    String name = error.name();
    ObjectNode body = error.body().deepCopy();
    if (error.modeled() && op != null && !op.models(name)) {
      name = Errors.VALIDATION;
      body = Json.object().put("message", error.getMessage());
    }
    if (Errors.NOT_FOUND.equals(error.name()) && op != null) {
      if (faults.has(Fault.UNMODELED_ERROR) && !op.models(Errors.QUOTA)) {
        name = Errors.QUOTA;
        body.put("quotaCode", "ResourceCount").put("serviceCode", Errors.SERVICE_CODE);
      } else if (faults.has(Fault.NOT_FOUND_AS_400)) {
        name = Errors.VALIDATION;
        body = Json.object().put("message", error.getMessage());
      }
    }
    int status = error.modeled() ? contract.error(name).httpStatus() : error.status();
    if (faults.has(Fault.ERROR_WITHOUT_MESSAGE)) {
      body.remove("message");
    }
    return new Rendered(status, header(name), body);
  }

  private String header(String name) {
    if (faults.has(Fault.NO_ERROR_TYPE_HEADER)) {
      return null;
    }
    return faults.has(Fault.UNTYPED_ERRORS) ? UNTYPED.getOrDefault(name, name) : name;
  }
}
