package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Something a document does that the contract neither requires nor forbids: an unknown member, or a member
 * sent as JSON {@code null} (which clients read as absent). Worth reporting, never a violation.
 *
 * @param pointer where it is
 * @param kind what it is
 * @param message one line for a person
 */
@API(status = EXPERIMENTAL)
public record Advisory(String pointer, Kind kind, String message) {

  /** The kinds of advisory finding. */
  public enum Kind {
    /** A member the structure does not define (clients ignore it). */
    UNKNOWN_MEMBER,
    /** A member whose value is JSON null (treated as absent). */
    NULL_MEMBER
  }
}
