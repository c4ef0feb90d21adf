package dev.imkit.emulator.internal.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error as it goes on the wire.
 *
 * @param status the HTTP status
 * @param name the error's name, e.g. {@code ResourceNotFoundException}
 * @param typeHeader the {@code X-Amzn-ErrorType} header, or {@code null} for none
 * @param body the JSON body
 */
public record RenderedError(int status, String name, String typeHeader, ObjectNode body) {

  /** A copy with another status. */
  public RenderedError withStatus(int newStatus) {
    return new RenderedError(newStatus, name, typeHeader, body);
  }

  /** A copy with another {@code X-Amzn-ErrorType} header ({@code null}: none). */
  public RenderedError withTypeHeader(String newTypeHeader) {
    return new RenderedError(status, name, newTypeHeader, body);
  }

  /** A copy with another body. */
  public RenderedError withBody(ObjectNode newBody) {
    return new RenderedError(status, name, typeHeader, newBody);
  }
}
