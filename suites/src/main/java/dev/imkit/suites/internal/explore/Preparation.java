package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Meets a drawn step with its sequence: each placeholder becomes the symbol of a resource the sequence has (an
 * event's incident and a policy's plan go with them), and values that must be unique to the run become slots.
 * A step that names a kind of resource the sequence has none of is left out (empty), as jqwik leaves out an
 * action whose precondition fails.
 */
final class Preparation {
  private final Contract contract;
  private final Facts facts;

  Preparation(Contract contract, Facts facts) {
    this.contract = contract;
    this.facts = facts;
  }

  /** The step ready to send, or null when it names what the sequence does not have. */
  Prepared prepare(Draw draw, Model model) {
    ObjectNode input = draw.input().deepCopy();
    Map<Kind, Handle> named = pick(draw, input, model);
    if (named == null) {
      return null;
    }
    ObjectNode symbolic = (ObjectNode) Wire.map(input, text -> {
      String out = text;
      for (Map.Entry<Kind, Handle> e : named.entrySet()) {
        out = out.replace(e.getKey().placeholder(), e.getValue().symbol());
      }
      return out;
    });
    String nameSlot = Rewrites.apply(draw, symbolic, named, model, facts.op(draw.operation()), contract);
    return new Prepared(draw.operation(), symbolic, named, nameSlot);
  }

  /** The resources the placeholders in {@code input} stand for, or null when one cannot be picked. */
  private Map<Kind, Handle> pick(Draw draw, ObjectNode input, Model model) {
    Set<Kind> present = EnumSet.noneOf(Kind.class);
    Wire.map(input, text -> {
      for (Kind k : Kind.values()) {
        if (k.placeholder() != null && text.contains(k.placeholder())) {
          present.add(k);
        }
      }
      return text;
    });
    Map<Kind, Handle> named = new EnumMap<>(Kind.class);
    for (Kind child : new Kind[] {Kind.EVENT, Kind.POLICY}) {
      if (present.contains(child)) {
        Handle h = model.pick(EnumSet.of(child), draw.choice(0), changes(draw.operation(), child));
        if (h == null) {
          return null;
        }
        named.put(child, h);
        named.put(child.parent(), h.parent());
      }
    }
    int choice = 1;
    for (Kind k : present) {
      if (!named.containsKey(k)) {
        Handle h = model.pick(alternatives(draw.operation(), k), draw.choice(choice++),
            changes(draw.operation(), k));
        if (h == null) {
          return null;
        }
        named.put(k, h);
      }
    }
    return named;
  }

  /**
   * Whether a call of {@code operation} changes the resource of {@code kind} it names: every call that is not a
   * read does, but for what it names only to make a resource of another kind (StartIncident's plan).
   */
  private boolean changes(String operation, Kind kind) {
    if (contract.operation(operation).readonly()) {
      return false;
    }
    Facts.Creates c = facts.op(operation).creates();
    return c == null || c.kind() == kind || c.parent() == kind;
  }

  /** The kinds that may stand where {@code operation}'s input names a {@code kind} (a taggable: plan or incident). */
  private Set<Kind> alternatives(String operation, Kind kind) {
    for (Set<Kind> need : facts.op(operation).needs()) {
      if (need.contains(kind)) {
        return need;
      }
    }
    return EnumSet.of(kind);
  }

  /** Whether {@code model} has what {@code operation} needs (at least one resource of each kind it names). */
  boolean applicable(String operation, Model model) {
    for (Set<Kind> need : facts.op(operation).needs()) {
      boolean changes = need.stream().anyMatch(k -> changes(operation, k));
      if (model.pick(need, 0, changes) == null) {
        return false;
      }
    }
    return true;
  }
}
