package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one run of a sequence created, by symbol, and the identifiers each side gave it: the mapping that lets
 * answers be compared without comparing what the servers chose. Also the slots (names, client tokens, dedupe
 * strings) that take a value unique to the run when sent, the same on both sides.
 */
final class Model {
  private final List<Handle> handles = new ArrayList<>();
  private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
  private final Map<String, Handle> bySymbol = new HashMap<>();
  private final Map<Side, Map<String, Handle>> byId = new EnumMap<>(Side.class);
  private final Map<String, String> slots = new HashMap<>();
  private final Map<String, Integer> slotCounts = new HashMap<>();
  private final Function<String, String> unique;
  private final java.util.function.Consumer<String> reused;

  /**
   * {@code unique} gives a value no other run uses, from a hint ({@code name}, {@code token}, {@code dedupe});
   * {@code reused} hears of each target identifier a new resource takes over from an earlier one (a plan created
   * again under a deleted one's name has its ARN).
   */
  Model(Function<String, String> unique, java.util.function.Consumer<String> reused) {
    this.unique = unique;
    this.reused = reused;
    byId.put(Side.TARGET, new HashMap<>());
    byId.put(Side.REFERENCE, new HashMap<>());
  }

  /** Adds a resource both sides created (or already had), with the identifier each gave it. */
  Handle add(Kind kind, Handle parent, String targetId, String referenceId, JsonNode value, String nameSlot) {
    int number = counts.merge(kind, 1, Integer::sum);
    Handle h = new Handle(kind, number, parent, value, nameSlot);
    if (targetId != null) {
      h.id(Side.TARGET, targetId);
      if (byId.get(Side.TARGET).put(targetId, h) != null) {
        reused.accept(targetId);
      }
    }
    if (referenceId != null) {
      h.id(Side.REFERENCE, referenceId);
      byId.get(Side.REFERENCE).put(referenceId, h);
    }
    handles.add(h);
    bySymbol.put(h.symbol(), h);
    return h;
  }

  /** The live resource {@code side} knows by {@code id}, or null. */
  Handle live(Side side, String id) {
    Handle h = byId.get(side).get(id);
    return h != null && h.live() ? h : null;
  }

  /** The resource {@code side} knows by {@code id} (live or not), or null. */
  Handle known(Side side, String id) {
    return byId.get(side).get(id);
  }

  Handle bySymbol(String symbol) {
    return bySymbol.get(symbol);
  }

  /** Every resource of {@code kind}, oldest first. */
  List<Handle> all(Kind kind) {
    return handles.stream().filter(h -> h.kind() == kind).toList();
  }

  /** Every resource, oldest first. */
  List<Handle> all() {
    return List.copyOf(handles);
  }

  /**
   * A resource of one of {@code kinds} for a step to name, chosen by {@code choice}: a live one four times out
   * of five when there are both, and then the last one changed two times in three; null when there is none.
   */
  Handle pick(java.util.Set<Kind> kinds, int choice) {
    return pick(kinds, choice, true);
  }

  /** The same, among the resources a step may name: those of the backdrop only when it does not change them. */
  Handle pick(java.util.Set<Kind> kinds, int choice, boolean changes) {
    List<Handle> live = handles.stream().filter(h -> kinds.contains(h.kind()) && h.live()
        && !(changes && h.shared())).toList();
    // a deleted resource whose identifier a later one took over (a plan created again under its name) is that one
    List<Handle> gone = handles.stream().filter(h -> kinds.contains(h.kind()) && !h.live() && !h.shared()
        && (h.id(Side.REFERENCE) == null || byId.get(Side.REFERENCE).get(h.id(Side.REFERENCE)) == h)).toList();
    if (live.isEmpty() && gone.isEmpty()) {
      return null;
    }
    boolean fromLive = !live.isEmpty() && (gone.isEmpty() || choice % 5 != 4);
    if (fromLive && choice / 5 % 3 != 2) {
      // the last one changed, two times in three: steps on what was just changed find what one call cannot
      return live.stream().max(java.util.Comparator.comparingInt(Handle::touched)
          .thenComparingInt(live::indexOf)).orElseThrow();
    }
    List<Handle> from = fromLive ? live : gone;
    return from.get((choice / 10) % from.size());
  }

  /** A new slot of a kind ({@code name}, {@code token}, {@code dedupe}): its symbol, e.g. {@code ⟨name 3⟩}. */
  String newSlot(String kind) {
    return "⟨" + kind + " " + slotCounts.merge(kind, 1, Integer::sum) + "⟩";
  }

  /** The value of a symbol on {@code side}: a resource's identifier, or a slot's value (the same on both sides). */
  String valueOf(String symbol, Side side) {
    Handle h = bySymbol.get(symbol);
    if (h != null) {
      return h.id(side);
    }
    return slots.computeIfAbsent(symbol, s -> unique.apply(s.substring(1, s.indexOf(' '))));
  }

  /** The identifiers {@code side} gave, longest first (so none is replaced inside a longer one), with symbols. */
  List<Map.Entry<String, Handle>> ids(Side side) {
    List<Map.Entry<String, Handle>> all = new ArrayList<>(byId.get(side).entrySet());
    all.sort(Comparator.comparingInt((Map.Entry<String, Handle> e) -> e.getKey().length()).reversed());
    return all;
  }
}
