package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Cause;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Resource;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Causes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Finds the identifiers a create call does not answer with (a related item's generatedId) by listing the parent's
 * items and picking the one with the identifier the call sent. An identifier its list answers in a form the output
 * schema refuses (a generatedId off its pattern) is no identifier to send: it is kept apart with its cause, so what
 * names it is blocked by that answer, which {@code SCHEMA-OUTPUT-<list>} reports, instead of sending it as a valid
 * input the target would rightly refuse.
 */
final class Lookup {
  private Lookup() {
  }

  static Map<String, JsonNode> more(Contract contract, BiFunction<String, ObjectNode, Exchange> call,
      Resource.Listing listing, Map<String, JsonNode> ids, Map<String, Cause> unusable) {
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    listing.input().forEach((pointer, id) -> Pointers.put(input, pointer, ids.get(id)));
    Exchange answer = call.apply(listing.operation(), input);
    Map<String, JsonNode> found = new LinkedHashMap<>();
    JsonNode items = answer.jsonOrNull() == null ? null : answer.jsonOrNull().at(listing.items());
    if (!answer.succeeded() || items == null) {
      return found;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      JsonNode key = listing.at().isEmpty() ? item : item.at(listing.at());
      if (key.equals(ids.get(listing.id()))) {
        String at = listing.items() + "/" + i;
        listing.more().forEach((name, pointer) -> {
          JsonNode v = item.at(pointer);
          Optional<Cause> broken = broken(contract, answer, at + pointer);
          if (broken.isPresent()) {
            unusable.put(name, broken.get());
          } else if (!v.isMissingNode()) {
            found.put(name, v);
          }
        });
      }
    }
    return found;
  }

  private static Optional<Cause> broken(Contract contract, Exchange answer, String pointer) {
    return contract.validator().output(answer.operation(), answer.jsonOrNull()).violations().stream()
        .filter(v -> v.pointer().equals(pointer)).findFirst().map(v -> Causes.unusable(answer.operation(),
            answer.operation() + " answered a valid input with an identifier the contract refuses, which no call "
            + "can name: " + v.message()));
  }
}
