package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.reports.api.Level;
import java.util.Map;

/**
 * What a step both sides accepted does to the sequence's resources: a create maps the two identifiers to one
 * symbol (and must name an existing resource exactly when the reference does), a delete ends a resource (and
 * what belongs to it), writes mark the paths to read back, tags and related items are remembered for later steps.
 */
final class Effects {
  private Effects() {
  }

  /** The resource the step created (or the existing one it named, e.g. by a dedupe string), else null. */
  static Handle created(Step step, Prepared prepared, Model model, Facts.Op op) {
    Facts.Creates c = op.creates();
    if (c == null) {
      return null;
    }
    String rid = text(step.last(Side.REFERENCE).jsonOrNull(), c.id());
    String tid = text(step.last(Side.TARGET).jsonOrNull(), c.id());
    if (rid == null) {
      return null;
    }
    if (tid == null) {
      throw StatusOracle.diverge(Comparison.IDENTITY, Level.MUST, step, "missing", "the target's answer has no "
          + c.id() + " (the reference's has)");
    }
    Handle existing = model.live(Side.REFERENCE, rid);
    Handle theirs = model.live(Side.TARGET, tid);
    if (existing != null || theirs != null) {
      if (existing != theirs) {
        throw StatusOracle.diverge(Comparison.IDENTITY, Level.MUST, step, existing == null ? "existing" : "new",
            "the reference answered with " + (existing == null ? "a new " + c.kind().label() : existing.symbol()
                + " (" + existing.story() + ")") + ", the target with " + (theirs == null ? "a new one"
                : theirs.symbol() + " (" + theirs.story() + ")"));
      }
      return existing;
    }
    Handle parent = c.parent() == null ? null : prepared.named(c.parent());
    Handle h = model.add(c.kind(), parent, tid, rid, null, prepared.nameSlot());
    h.createdAt(step.number(), step.operation());
    return h;
  }

  /** Deletes, writes, tags and related items of a step both sides accepted. */
  static void applied(Step step, Prepared prepared, Handle created, Model model, Facts.Op op) {
    JsonNode in = prepared.input();
    if (op.deletes() != null && prepared.named(op.deletes()) != null) {
      prepared.named(op.deletes()).gone(step.number(), step.operation());
    }
    Facts.Writes w = op.writes();
    Handle written = w == null ? null
        : created != null && created.kind() == w.kind() ? created : prepared.named(w.kind());
    if (written != null) {
      for (Map.Entry<String, String> m : w.members().entrySet()) {
        if (!in.at("/" + m.getKey()).isMissingNode()) {
          written.wrote(m.getValue(), step.operation());
        }
      }
      w.always().forEach(path -> written.wrote(path, step.operation()));
      written.touch(step.number());
    }
    switch (op.name()) {
      case "CreateResponsePlan" -> {
        if (created != null) {
          in.path("tags").fieldNames().forEachRemaining(created.tagKeys()::add);
        }
      }
      case "TagResource" -> {
        Handle tagged = Rewrites.taggable(prepared.named());
        in.path("tags").fieldNames().forEachRemaining(tagged.tagKeys()::add);
        tagged.tagsBy(step.operation());
        tagged.touch(step.number());
      }
      case "UntagResource" -> {
        Handle tagged = Rewrites.taggable(prepared.named());
        boolean removed = false;
        for (JsonNode k : in.path("tagKeys")) {
          removed |= tagged.tagKeys().remove(k.asText());
        }
        if (removed) {
          // an untag of keys the resource does not have changes nothing: the finding stays with what set its tags
          tagged.tagsBy(step.operation());
        }
        tagged.touch(step.number());
      }
      case "StartIncident" -> {
        if (created != null && created.createdAt() == step.number()) {
          in.path("relatedItems").forEach(item -> addItem(model, created, item.path("identifier"), step));
        }
      }
      case "UpdateRelatedItems" -> relatedItems(step, prepared.named(Kind.INCIDENT), in.path("relatedItemsUpdate"),
          model);
      default -> { }
    }
  }

  private static void relatedItems(Step step, Handle incident, JsonNode update, Model model) {
    if (update.has("itemToAdd")) {
      addItem(model, incident, update.path("itemToAdd").path("identifier"), step);
    }
    JsonNode removed = update.path("itemToRemove");
    for (Handle h : model.all(Kind.RELATED_ITEM)) {
      if (h.parent() == incident && h.live() && h.value().equals(removed)) {
        h.gone(step.number(), step.operation());
      }
    }
  }

  private static void addItem(Model model, Handle incident, JsonNode identifier, Step step) {
    boolean known = model.all(Kind.RELATED_ITEM).stream()
        .anyMatch(h -> h.parent() == incident && h.live() && h.value().equals(identifier));
    if (!known && !identifier.isMissingNode()) {
      model.add(Kind.RELATED_ITEM, incident, null, null, identifier.deepCopy(), null)
          .createdAt(step.number(), step.operation());
    }
  }

  private static String text(JsonNode body, String member) {
    JsonNode v = body == null ? null : body.get(member);
    return v != null && v.isTextual() && !v.textValue().isEmpty() ? v.textValue() : null;
  }
}
