package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * One valid extreme of a place: a value the contract allows at the very edge of a constraint.
 *
 * @param label what the value is, for a person: {@code "200 characters (the maximum)"}, {@code "RESOLVED"}
 * @param value the value (for a {@link EdgeKind#KEY_LENGTH} edge, the key as a JSON string)
 */
@API(status = EXPERIMENTAL)
public record Edge(String label, JsonNode value) {
}
