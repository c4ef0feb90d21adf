package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Resource;
import dev.imkit.suites.api.Exchange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Finds the identifiers a create call does not answer with (a related item's generatedId) by listing the parent's
 * items and picking the one with the identifier the call sent.
 */
final class Lookup {
  private Lookup() {
  }

  static Map<String, JsonNode> more(BiFunction<String, ObjectNode, Exchange> call, Resource.Listing listing,
      Map<String, JsonNode> ids) {
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    listing.input().forEach((pointer, id) -> Pointers.put(input, pointer, ids.get(id)));
    Exchange answer = call.apply(listing.operation(), input);
    Map<String, JsonNode> found = new LinkedHashMap<>();
    JsonNode items = answer.jsonOrNull() == null ? null : answer.jsonOrNull().at(listing.items());
    if (!answer.succeeded() || items == null) {
      return found;
    }
    for (JsonNode item : items) {
      JsonNode key = listing.at().isEmpty() ? item : item.at(listing.at());
      if (key.equals(ids.get(listing.id()))) {
        listing.more().forEach((name, pointer) -> {
          JsonNode v = item.at(pointer);
          if (!v.isMissingNode()) {
            found.put(name, v);
          }
        });
      }
    }
    return found;
  }
}
