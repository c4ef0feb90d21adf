package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Binding;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.Control;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controls of one operation: the base (required members only, typical values), then as few "full" controls
 * as the unions allow, which together host every place a check needs (every optional member present, one member
 * per union: a place under another union member goes to another control). Built once, deterministically.
 */
final class ControlPlanner {
  private final Contract contract;
  private final Operation op;
  private final GenBuilder builder;
  private final References refs;
  private final long seed;

  ControlPlanner(Contract contract, Operation op, GenBuilder builder, References refs) {
    this.contract = contract;
    this.op = op;
    this.builder = builder;
    this.refs = refs;
    this.seed = 0x1A2B3C4DL ^ op.name().hashCode();
  }

  /**
   * Why no valid input can host {@code place}, if none can: the documentation allows no list filter whose
   * condition leads there (ListTimelineEvents documents no key compared with integers).
   */
  java.util.Optional<String> unreachable(String place) {
    return fitting(forcing(place)).isPresent() ? java.util.Optional.empty() : java.util.Optional.of(
        "the documentation of " + op.name() + " names no filter key whose condition has " + place
            + ", so no valid input reaches it");
  }

  /** The controls hosting {@code places} (reachable ones): the base first, then the full ones. */
  List<Control> plan(List<String> places) {
    ObjectNode base = typical(List.of());
    List<String> inBase = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    for (String place : places) {
      if (unreachable(place).isPresent()) {
        continue;
      }
      List<String> steps = forcing(place);
      Map<String, String> choices = choices(steps);
      if (Docs.at(base, steps) != null && agrees(base, choices)) {
        inBase.add(place);
        continue;
      }
      Group fit = groups.stream().filter(g -> g.accepts(choices)).findFirst().orElse(null);
      if (fit == null) {
        fit = new Group();
        groups.add(fit);
      }
      fit.add(place, choices);
    }
    List<Control> controls = new ArrayList<>();
    controls.add(new Control(op.name(), "", base, inBase));
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      controls.add(new Control(op.name(), i == 0 ? "full" : g.name(groups.get(0)), merged(base, g.places),
          g.places));
    }
    return controls;
  }

  /**
   * The base control with only {@code place} added. A map's first value and its first key are one control (the
   * same name and input): it hosts both, whichever was asked for, so that a control sent once and kept by its name
   * serves either.
   */
  Control alone(String place) {
    ObjectNode base = typical(List.of());
    List<String> steps = forcing(place);
    if (Docs.at(base, steps) != null && agrees(base, choices(steps))) {
      return new Control(op.name(), "", base, List.of(place));
    }
    String template = Docs.template(steps);
    List<String> hosted = template.endsWith("/*")
        ? List.of(template, template.substring(0, template.length() - 1) + Docs.KEY) : List.of(place);
    return new Control(op.name(), template.substring(1).replace('/', '.'), merged(base, List.of(place)), hosted);
  }

  /** A typical value of the input with the path of {@code steps} present (documented filters if any fit). */
  ObjectNode typical(List<String> steps) {
    return fitting(steps).orElseGet(() -> {
      ObjectNode doc = draw(steps, seed);
      Filters.fit(doc, op);
      return doc;
    });
  }

  /**
   * A typical drawing whose filters are documented ones: the path fixes some union members, the drawing chooses
   * the others, and only some choices meet a documented key (ListTimelineEvents compares no key with integers).
   * A path that ends at a union is tried with each of its members. Empty when none fits.
   */
  private java.util.Optional<ObjectNode> fitting(List<String> steps) {
    List<List<String>> paths = new ArrayList<>();
    paths.add(steps);
    Shape end = shapeAt(steps);
    if (end.kind() == ShapeKind.UNION) {
      for (String member : end.members().keySet()) {
        List<String> longer = new ArrayList<>(steps);
        longer.add(member);
        paths.add(longer);
      }
    }
    for (List<String> path : paths) {
      ObjectNode doc = draw(path, seed);
      if (Filters.fit(doc, op)) {
        return java.util.Optional.of(doc);
      }
    }
    return java.util.Optional.empty();
  }

  /** The shape {@code steps} lead to from the input. */
  private Shape shapeAt(List<String> steps) {
    Shape s = contract.shape(op.input());
    for (String step : steps) {
      s = switch (s.kind()) {
        case LIST -> contract.shape(s.listMember());
        case MAP -> contract.shape(s.mapValue());
        case STRUCTURE, UNION -> s.members().containsKey(step) ? contract.shape(s.members().get(step).target()) : s;
        default -> s;
      };
    }
    return s;
  }

  private ObjectNode draw(List<String> steps, long drawSeed) {
    Site site = steps.isEmpty() ? null : Site.validPath(new RuleSite(Docs.template(steps), BreakKind.WRONG_TYPE, "",
        op.input(), Binding.BODY), steps);
    Gen gen = builder.root(contract.shape(op.input()), site);
    Source source = Source.typical(drawSeed);
    ObjectNode doc = (ObjectNode) gen.next(Run.of(source, refs.pick(source)));
    ItemIdentifiers.fit(doc, contract.shape(op.input()), contract);
    return doc;
  }

  private ObjectNode merged(ObjectNode base, List<String> places) {
    ObjectNode acc = base.deepCopy();
    for (String place : places) {
      List<String> steps = forcing(place);
      merge(acc, typical(steps), steps);
    }
    ItemIdentifiers.fit(acc, contract.shape(op.input()), contract);
    Filters.fit(acc, op);
    if (!contract.validator().input(op.name(), acc).valid()) {
      throw new IllegalStateException("the control of " + op.name() + " for " + places + " is not valid: "
          + contract.validator().input(op.name(), acc).summary());
    }
    return acc;
  }

  /** Copies into {@code acc} what {@code doc} has along {@code steps} and {@code acc} lacks (a union's member too). */
  private void merge(ObjectNode acc, JsonNode doc, List<String> steps) {
    JsonNode a = acc;
    JsonNode d = doc;
    Shape s = contract.shape(op.input());
    for (String step : steps) {
      if (s.kind() == ShapeKind.LIST) {
        ArrayNode aa = (ArrayNode) a;
        if (aa.isEmpty()) {
          aa.add(d.get(0).deepCopy());
          return;
        }
        a = aa.get(0);
        d = d.get(0);
        s = contract.shape(s.listMember());
      } else if (s.kind() == ShapeKind.MAP) {
        ObjectNode ao = (ObjectNode) a;
        String dk = Docs.firstKey(d);
        if (ao.isEmpty()) {
          ao.set(dk, d.get(dk).deepCopy());
          return;
        }
        a = ao.get(Docs.firstKey(ao));
        d = d.get(dk);
        s = contract.shape(s.mapValue());
      } else if (s.isObject()) {
        ObjectNode ao = (ObjectNode) a;
        if (!ao.has(step)) {
          if (s.kind() == ShapeKind.UNION) {
            ao.removeAll();
          }
          ao.set(step, d.get(step).deepCopy());
          return;
        }
        a = ao.get(step);
        d = d.get(step);
        s = contract.shape(s.members().get(step).target());
      } else {
        return;
      }
    }
  }

  /** The steps to force present for a place: a map key needs an entry. */
  static List<String> forcing(String place) {
    List<String> steps = new ArrayList<>(Docs.steps(place));
    if (!steps.isEmpty() && steps.get(steps.size() - 1).equals(Docs.KEY)) {
      steps.set(steps.size() - 1, "*");
    }
    return steps;
  }

  /** The union members a path goes through, by the union's template. */
  private Map<String, String> choices(List<String> steps) {
    Map<String, String> out = new LinkedHashMap<>();
    Shape s = contract.shape(op.input());
    for (int i = 0; i < steps.size(); i++) {
      String step = steps.get(i);
      if (s.kind() == ShapeKind.UNION) {
        out.put(Docs.template(steps.subList(0, i)), step);
      }
      s = switch (s.kind()) {
        case LIST -> contract.shape(s.listMember());
        case MAP -> contract.shape(s.mapValue());
        case STRUCTURE, UNION -> s.members().containsKey(step) ? contract.shape(s.members().get(step).target()) : s;
        default -> s;
      };
    }
    return out;
  }

  /** Whether the document's unions have the members {@code choices} name (or lack the union entirely). */
  private static boolean agrees(JsonNode doc, Map<String, String> choices) {
    for (Map.Entry<String, String> c : choices.entrySet()) {
      JsonNode union = Docs.at(doc, Docs.steps(c.getKey()));
      if (union != null && !union.has(c.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Places that can share one document: no two of them need different members of one union. */
  private static final class Group {
    final Map<String, String> choices = new LinkedHashMap<>();
    final List<String> places = new ArrayList<>();

    boolean accepts(Map<String, String> more) {
      return more.entrySet().stream().allMatch(e -> !choices.containsKey(e.getKey())
          || choices.get(e.getKey()).equals(e.getValue()));
    }

    void add(String place, Map<String, String> more) {
      places.add(place);
      choices.putAll(more);
    }

    /** The union members it chooses that the first group does not. */
    String name(Group first) {
      List<String> own = new ArrayList<>();
      choices.forEach((union, member) -> {
        if (!member.equals(first.choices.get(union))) {
          own.add((union + "/" + member).substring(1).replace('/', '.'));
        }
      });
      return String.join("+", own);
    }
  }
}
