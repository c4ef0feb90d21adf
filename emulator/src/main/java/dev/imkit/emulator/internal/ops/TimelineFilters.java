package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.store.TimelineEvent;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/** ListTimelineEvents filters: eventTime (before/after), eventType and eventReference (equals strings). */
final class TimelineFilters {
  private TimelineFilters() {
  }

  static Predicate<TimelineEvent> of(JsonNode filters) {
    Predicate<TimelineEvent> all = e -> true;
    for (JsonNode f : filters) {
      all = all.and(one(f.path("key").asText(), f.path("condition")));
    }
    return all;
  }

  private static Predicate<TimelineEvent> one(String key, JsonNode condition) {
    switch (key) {
      case "eventTime" -> {
        LongPredicate p = Conditions.time(key, condition);
        return e -> p.test(e.eventTime());
      }
      case "eventType" -> {
        Predicate<String> p = Conditions.strings(key, condition);
        return e -> p.test(e.eventType());
      }
      case "eventReference" -> {
        Predicate<String> p = Conditions.strings(key, condition);
        return e -> references(e, p);
      }
      default -> throw Conditions.unknownKey(key, "eventTime, eventType, eventReference");
    }
  }

  private static boolean references(TimelineEvent e, Predicate<String> accepted) {
    if (e.references() == null) {
      return false;
    }
    for (JsonNode ref : e.references()) {
      for (JsonNode value : ref) {
        if (accepted.test(value.asText())) {
          return true;
        }
      }
    }
    return false;
  }
}
