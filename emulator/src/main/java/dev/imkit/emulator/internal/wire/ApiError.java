package dev.imkit.emulator.internal.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer: its name (sent in {@code X-Amzn-ErrorType}), HTTP status and body. Thrown by handlers and
 * the front; carries no stack trace since it is an answer, not a failure.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final int status;
  private final transient ObjectNode body;
  private final boolean modeled;

  ApiError(String name, int status, String message, ObjectNode fields, boolean modeled) {
    super(message, null, false, false);
    this.name = name;
    this.status = status;
    this.body = Json.object().put("message", message);
    if (fields != null) {
      body.setAll(fields);
    }
    this.modeled = modeled;
  }

  /** The error's name, e.g. {@code ResourceNotFoundException}. */
  public String name() {
    return name;
  }

  /** The HTTP status of a protocol-level refusal; -1 for a modeled error, whose status the contract gives. */
  public int status() {
    return status;
  }

  /** The JSON body: {@code message} and the error's modeled members. */
  public ObjectNode body() {
    return body;
  }

  /** Whether the error is one of the contract's error structures (not a protocol-level refusal). */
  public boolean modeled() {
    return modeled;
  }
}
