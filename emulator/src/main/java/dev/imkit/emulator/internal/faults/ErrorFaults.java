package dev.imkit.emulator.internal.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.hooks.ErrorHook;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.emulator.internal.wire.RenderedError;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.util.Map;
import java.util.function.Function;

/** Faults of error rendering: the status, the type (header or body) and the body of error answers. */
final class ErrorFaults {
  /** The service's Smithy namespace, which servers put before an error's name in {@code __type}. */
  static final String NAMESPACE = "com.amazonaws.ssmincidents#";
  private static final Map<String, String> UNTYPED = Map.of(
      Errors.VALIDATION, "BadRequest", Errors.NOT_FOUND, "NotFound", Errors.CONFLICT, "Conflict",
      Errors.QUOTA, "QuotaExceeded", Errors.THROTTLING, "Throttled", Errors.INTERNAL, "InternalError",
      Errors.ACCESS_DENIED, "Forbidden");

  private ErrorFaults() {
  }

  static Map<Fault, Function<Contract, ?>> all() {
    return Map.of(
        Fault.NOT_FOUND_AS_400, c -> (ErrorHook) (error, op, r) -> missing(error.name(), op)
            ? named(c, r, Errors.VALIDATION, Json.object().put("message", error.getMessage())) : r,
        Fault.UNMODELED_ERROR, c -> (ErrorHook) (error, op, r) -> missing(error.name(), op) && !op.models(Errors.QUOTA)
            ? named(c, r, Errors.QUOTA, error.body().deepCopy().put("quotaCode", "ResourceCount")
                .put("serviceCode", Errors.SERVICE_CODE)) : r,
        Fault.QUOTA_AS_400, c -> (ErrorHook) (error, op, r) -> Errors.QUOTA.equals(r.name()) ? r.withStatus(400) : r,
        Fault.CONFLICT_AS_500, c -> (ErrorHook) (error, op, r) -> inFlightConflict(op, r)
            ? named(c, r, Errors.INTERNAL, Json.object().put("message", "The replication set could not be updated"))
            : r,
        Fault.ERROR_WITHOUT_MESSAGE, c -> (ErrorHook) (error, op, r) -> r.withBody(without(r.body(), "message")),
        Fault.NO_ERROR_TYPE_HEADER, c -> (ErrorHook) (error, op, r) -> r.withTypeHeader(null),
        Fault.UNTYPED_ERRORS, c -> (ErrorHook) (error, op, r) -> r.typeHeader() == null ? r
            : r.withTypeHeader(UNTYPED.getOrDefault(r.typeHeader(), r.typeHeader())),
        Fault.ERROR_TYPE_IN_BODY, c -> inBody("__type", NAMESPACE),
        Fault.ERROR_CODE_IN_BODY, c -> inBody("code", ""),
        Fault.ERROR_TYPE_NAMESPACED, c -> (ErrorHook) (error, op, r) -> r.typeHeader() == null ? r
            : r.withTypeHeader(NAMESPACE + r.typeHeader()));
  }

  /** Whether the error is a missing resource, raised while serving an operation. */
  private static boolean missing(String error, Operation op) {
    return Errors.NOT_FOUND.equals(error) && op != null;
  }

  /** Another modeled error instead of {@code r}, with the contract's status, named where {@code r} was. */
  private static RenderedError named(Contract c, RenderedError r, String name, ObjectNode body) {
    return new RenderedError(c.error(name).httpStatus(), name, r.typeHeader() == null ? null : name, body);
  }

  /** Whether the answer is UpdateReplicationSet's conflict over the set's state (not a reused client token). */
  private static boolean inFlightConflict(Operation op, RenderedError r) {
    return op != null && op.name().equals("UpdateReplicationSet") && Errors.CONFLICT.equals(r.name())
        && r.body().has("resourceType");
  }

  /** The error named in the body only: {@code member} holds the type after {@code prefix}; no header. */
  private static ErrorHook inBody(String member, String prefix) {
    return (error, op, r) -> {
      if (r.typeHeader() == null) {
        return r;
      }
      ObjectNode body = r.body().deepCopy();
      body.put(member, prefix + r.typeHeader());
      return r.withBody(body).withTypeHeader(null);
    };
  }

  private static ObjectNode without(ObjectNode body, String member) {
    ObjectNode copy = body.deepCopy();
    copy.remove(member);
    return copy;
  }
}
