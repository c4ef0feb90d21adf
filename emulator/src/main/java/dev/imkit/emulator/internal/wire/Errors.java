package dev.imkit.emulator.internal.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Violation;
import java.util.List;

/** The error answers the emulator gives, with the members each error structure models. */
public final class Errors {
  public static final String VALIDATION = "ValidationException";
  public static final String NOT_FOUND = "ResourceNotFoundException";
  public static final String CONFLICT = "ConflictException";
  public static final String QUOTA = "ServiceQuotaExceededException";
  public static final String THROTTLING = "ThrottlingException";
  public static final String INTERNAL = "InternalServerException";
  public static final String ACCESS_DENIED = "AccessDeniedException";
  public static final String SERVICE_CODE = "ssm-incidents";

  private Errors() {
  }

  /** A modeled error with its contract status. */
  public static ApiError modeled(String name, String message, ObjectNode fields) {
    return new ApiError(name, -1, message, fields, true);
  }

  /** 400 ValidationException. */
  public static ApiError validation(String message) {
    return modeled(VALIDATION, message, null);
  }

  /** 400 ValidationException for a validation report: the summary and one fieldList entry per violation. */
  public static ApiError validation(List<Violation> violations) {
    ArrayNode fields = Json.array();
    for (Violation v : violations) {
      fields.addObject().put("path", v.pointer()).put("message", v.message());
    }
    ObjectNode extra = Json.object();
    extra.set("fieldList", fields);
    return modeled(VALIDATION, new ValidationReport(violations, List.of()).summary(), extra);
  }

  /** 404 ResourceNotFoundException naming the missing resource. */
  public static ApiError notFound(String resourceType, String identifier) {
    return modeled(NOT_FOUND, describe(resourceType) + " " + identifier + " does not exist",
        resource(resourceType, identifier));
  }

  /** 409 ConflictException about a resource. */
  public static ApiError conflict(String message, String resourceType, String identifier) {
    return modeled(CONFLICT, message, resourceType == null ? null : resource(resourceType, identifier));
  }

  /** 409 ConflictException saying when to retry. */
  public static ApiError conflictUntil(String message, String resourceType, String identifier, long retryMillis) {
    ObjectNode fields = resource(resourceType, identifier);
    fields.set("retryAfter", Time.node(retryMillis));
    return modeled(CONFLICT, message, fields);
  }

  /** 402 ServiceQuotaExceededException. */
  public static ApiError quota(String message, String quotaCode, String resourceType, String identifier) {
    ObjectNode fields = resourceType == null ? Json.object() : resource(resourceType, identifier);
    fields.put("quotaCode", quotaCode).put("serviceCode", SERVICE_CODE);
    return modeled(QUOTA, message, fields);
  }

  /** 429 ThrottlingException. */
  public static ApiError throttling() {
    return modeled(THROTTLING, "Rate exceeded", Json.object().put("quotaCode", "RequestRate")
        .put("serviceCode", SERVICE_CODE));
  }

  /** 500 InternalServerException. */
  public static ApiError internal(String message) {
    return modeled(INTERNAL, message, null);
  }

  /** A refusal outside the contract's error structures (authentication, framing, routing). */
  public static ApiError protocol(String name, int status, String message) {
    return new ApiError(name, status, message, null, false);
  }

  /** 400 SerializationException: the body is not a JSON object the emulator can read. */
  public static ApiError serialization(String message) {
    return protocol("SerializationException", 400, message);
  }

  private static ObjectNode resource(String resourceType, String identifier) {
    return Json.object().put("resourceIdentifier", identifier).put("resourceType", resourceType);
  }

  private static String describe(String resourceType) {
    String lower = resourceType.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
