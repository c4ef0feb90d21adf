package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * Validates JSON documents against the contract at one revision. Thread-safe; compiled checks are cached.
 *
 * <p>Members sent as JSON {@code null} count as absent, as AWS clients read them; unknown members are
 * allowed. Both are reported as {@link Advisory advisories}. Documents of any depth are safe: the walk
 * follows the schema, never deeper.
 */
@API(status = EXPERIMENTAL)
public interface Validator {

  /** Validates an operation's logical input (body members plus those bound to the URI and query string). */
  ValidationReport input(String operation, JsonNode document);

  /** Validates an operation's output body. */
  ValidationReport output(String operation, JsonNode document);

  /** Validates an error body against the error's structure, e.g. {@code ResourceNotFoundException}. */
  ValidationReport error(String errorName, JsonNode document);

  /** Validates a value against any shape, e.g. {@code DynamicSsmParameters}. */
  ValidationReport shape(String shapeName, JsonNode document);
}
