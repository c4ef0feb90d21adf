package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.internal.ContractData;
import dev.imkit.schemas.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the documentation fixes about input members the model types as plain strings, read from
 * {@code documented.json}: the values a member takes ({@code CreateTimelineEvent /eventType}: {@code Custom Event}
 * or {@code Note}) and the filter keys of the list operations.
 *
 * <pre>{@code
 * Documented.values("CreateTimelineEvent", "/eventType");   // [Custom Event, Note]
 * Documented.filters("ListIncidentRecords");                // creationTime, impact, status, createdBy
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class Documented {
  private static final JsonNode FILE = Json.resource(ContractData.ROOT + "documented.json");

  private Documented() {
  }

  /** The documented values of the member at {@code pointer} of {@code operation}'s input, if listed. */
  public static Optional<List<String>> values(String operation, String pointer) {
    for (JsonNode v : FILE.get("values")) {
      if (v.get("operation").asText().equals(operation) && v.get("pointer").asText().equals(pointer)) {
        List<String> out = new ArrayList<>();
        v.get("values").forEach(x -> out.add(x.asText()));
        return Optional.of(List.copyOf(out));
      }
    }
    return Optional.empty();
  }

  /** The filter keys {@code operation} documents, in the documentation's order (none for other operations). */
  public static List<DocumentedFilter> filters(String operation) {
    List<DocumentedFilter> out = new ArrayList<>();
    for (JsonNode f : FILE.get("filters")) {
      if (f.get("operation").asText().equals(operation)) {
        List<String> conditions = new ArrayList<>();
        f.get("conditions").forEach(c -> conditions.add(c.asText()));
        List<JsonNode> domain = new ArrayList<>();
        f.path("domain").forEach(domain::add);
        out.add(new DocumentedFilter(operation, f.get("key").asText(), conditions,
            f.has("values") ? Optional.of(f.get("values").asText()) : Optional.empty(), domain));
      }
    }
    return List.copyOf(out);
  }
}
