package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.store.Incident;
import dev.imkit.emulator.internal.store.RelatedItem;
import dev.imkit.emulator.internal.wire.Json;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** UpdateRelatedItems and ListRelatedItems; items are known by their identifier (type and value). */
final class RelatedItems {
  private RelatedItems() {
  }

  static JsonNode update(Call call) {
    Incident incident = Incidents.find(call, call.text("incidentRecordArn"));
    JsonNode update = call.input().path("relatedItemsUpdate");
    if (update.has("itemToAdd")) {
      add(incident, update.get("itemToAdd"));
    } else if (update.has("itemToRemove")) {
      JsonNode id = update.get("itemToRemove");
      Long key = find(incident, id.path("type").asText(), Json.canonical(id.path("value")));
      if (key != null) {
        incident.relatedItems().remove(key);
      }
    }
    return Json.object();
  }

  static JsonNode list(Call call) {
    Incident incident = call.partition().incidents().find(call.text("incidentRecordArn"));
    ObjectNode out = Json.object();
    var items = out.putArray("relatedItems");
    if (incident == null) {
      return out;
    }
    Pager.Page<RelatedItem> page = call.services().pager().page(call.op(), call.input(), incident.relatedItems(),
        Pager.KeyCodec.NUMBER, item -> true);
    page.items().forEach(item -> items.add(Views.relatedItem(item)));
    Views.putIfPresent(out, "nextToken", page.nextToken());
    return out;
  }

  /** Adds an item (a RelatedItem as sent); one with the same identifier gets the new title instead. */
  static void add(Incident incident, JsonNode item) {
    JsonNode id = item.path("identifier");
    String type = id.path("type").asText().intern();
    String value = Json.canonical(id.path("value"));
    String title = Json.text(item, "title");
    Long existing = find(incident, type, value);
    if (existing != null) {
      incident.relatedItems().computeIfPresent(existing, (k, old) -> old.withTitle(title));
      return;
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    incident.addRelatedItem(new RelatedItem(type, random.nextLong(), random.nextLong(), value, title));
  }

  private static Long find(Incident incident, String type, String valueJson) {
    for (Map.Entry<Long, RelatedItem> e : incident.relatedItems().entrySet()) {
      if (e.getValue().identifiedBy(type, valueJson)) {
        return e.getKey();
      }
    }
    return null;
  }
}
