package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.store.Incident;
import dev.imkit.emulator.internal.store.IncidentRecord;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/** ListIncidentRecords filters: creationTime (before/after), impact, status and createdBy (equals). */
final class IncidentFilters {
  private IncidentFilters() {
  }

  static Predicate<Incident> of(JsonNode filters) {
    Predicate<Incident> all = i -> true;
    for (JsonNode f : filters) {
      all = all.and(one(f.path("key").asText(), f.path("condition")));
    }
    return all;
  }

  private static Predicate<Incident> one(String key, JsonNode condition) {
    switch (key) {
      case "creationTime" -> {
        LongPredicate p = Conditions.time(key, condition);
        return i -> p.test(i.record().creationTime());
      }
      case "impact" -> {
        Predicate<Integer> p = Conditions.integers(key, condition);
        return i -> p.test(i.record().impact());
      }
      case "status" -> {
        Predicate<String> p = Conditions.strings(key, condition);
        return i -> p.test(i.record().status());
      }
      case "createdBy" -> {
        Predicate<String> p = Conditions.strings(key, condition);
        return i -> p.test(createdBy(i.record()));
      }
      default -> throw Conditions.unknownKey(key, "creationTime, impact, status, createdBy");
    }
  }

  private static String createdBy(IncidentRecord r) {
    return r.source().createdBy();
  }
}
