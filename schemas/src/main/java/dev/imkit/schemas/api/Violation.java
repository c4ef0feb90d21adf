package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One broken rule of the contract.
 *
 * @param pointer the JSON pointer of the offending value ({@code ""} for the document; for a missing member,
 *     where it should be; for a map key, the map)
 * @param rule the rule broken
 * @param constraint the rule as the contract states it, e.g. {@code 1..5}, a pattern, or an enum set
 * @param message a Smithy-style message, e.g. {@code Value at '/impact' failed to satisfy constraint: Member
 *     must be between 1 and 5, inclusive}
 * @param mapKey for a rule broken by a map key, that key; else {@code null}
 */
@API(status = EXPERIMENTAL)
public record Violation(String pointer, Rule rule, String constraint, String message, String mapKey) {

  /** The offending map key, when a key (not a value) broke the rule. */
  public Optional<String> key() {
    return Optional.ofNullable(mapKey);
  }

  @Override
  public String toString() {
    return message;
  }
}
