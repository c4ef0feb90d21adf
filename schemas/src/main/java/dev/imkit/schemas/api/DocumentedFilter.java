package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A filter key a list operation documents, with the conditions that fit it: {@code ListIncidentRecords} filters
 * {@code status} with {@code equals} {@code stringValues} among {@code OPEN} and {@code RESOLVED}.
 *
 * @param operation the list operation
 * @param key the key
 * @param conditions the Condition members that fit it ({@code after}, {@code before}, {@code equals})
 * @param values for {@code equals}, the AttributeValueList member that fits ({@code stringValues} or
 *     {@code integerValues})
 * @param domain the values the key can match, where the documentation lists them (empty otherwise)
 */
@API(status = EXPERIMENTAL)
public record DocumentedFilter(String operation, String key, List<String> conditions, Optional<String> values,
    List<JsonNode> domain) {

  public DocumentedFilter {
    conditions = List.copyOf(conditions);
    domain = List.copyOf(domain);
  }
}
