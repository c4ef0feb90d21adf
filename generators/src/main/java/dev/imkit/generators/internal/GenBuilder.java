package dev.imkit.generators.internal;

import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.MissingReferenceException;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the generator of a shape by walking the contract: structures, unions, lists, maps and scalars, with
 * the domain hooks where no site is broken below. Given a {@link Site}, the members on its path are forced
 * present and the value at its end is built by {@link BreakGens}.
 */
final class GenBuilder {
  static final int UNBOUNDED_TEXT = 256;
  static final int UNBOUNDED_ITEMS = 10;
  private static final int MAX_DEPTH = 32;

  private final Map<String, Shape> shapes;
  private final Domain domain;
  private final Operation op;
  private final References refs;
  private final PatternCache patterns;
  private final BreakGens breaks;

  GenBuilder(Contract contract, Domain domain, Operation op, References refs, PatternCache patterns) {
    this.shapes = contract.shapes();
    this.domain = domain;
    this.op = op;
    this.refs = refs;
    this.patterns = patterns;
    this.breaks = new BreakGens(this, patterns, shapes);
  }

  Gen root(Shape shape, Site site) {
    return node(new Place(shape, "", null, null), site, 0, true);
  }

  Gen node(Place p, Site site, int depth, boolean hooks) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("shape " + p.shape().name() + " nests deeper than " + MAX_DEPTH);
    }
    if (site != null && depth == site.path().size() && site.valid()) {
      return valid(p, depth, hooks);
    }
    if (site != null && depth == site.path().size() && site.kind() != BreakKind.MISSING_REQUIRED) {
      return breaks.gen(p, site, depth);
    }
    if (site == null && hooks) {
      Gen hooked = domain.hook(op, refs, p);
      if (hooked != null) {
        return hooked;
      }
    }
    Shape s = p.shape();
    return switch (s.kind()) {
      case STRUCTURE -> structure(p, site, depth, hooks);
      case UNION -> union(p, site, depth, hooks, UnionGen.Mode.ONE);
      case LIST -> list(p, site, depth, hooks);
      case MAP -> map(p, site, depth, hooks);
      case STRING -> string(s, (int) s.min().orElse(0), textMax(s));
      case ENUM -> new EnumGen(s.enumValues());
      case INTEGER -> new IntegerGen(s.min().orElse(Integer.MIN_VALUE), s.max().orElse(Integer.MAX_VALUE));
      case BOOLEAN -> ScalarGens.bool();
      case TIMESTAMP -> ScalarGens.timestamp();
    };
  }

  /** A valid string of {@code s} with a length in {@code [lo, hi]}. */
  Gen string(Shape s, int lo, int hi) {
    Gen generic = s.pattern().isPresent() ? patterns.matching(s.pattern().get(), lo, hi, s.name())
        : new TextGen(lo, hi);
    boolean wholeRange = lo == s.min().orElse(0) && hi == textMax(s);
    return s.name().equals("Arn") && wholeRange ? domain.typicalArn(generic) : generic;
  }

  Place child(Place p, Member m) {
    return new Place(shapes.get(m.target()), p.pointer() + "/" + Pointer.escape(m.name()), p.shape(), m.name());
  }

  Place item(Place p) {
    return new Place(shapes.get(p.shape().listMember()), p.pointer() + "/0", null, null);
  }

  Place entry(Place p) {
    return new Place(shapes.get(p.shape().mapValue()), p.pointer() + "/*", null, null);
  }

  Place key(Place p) {
    return new Place(shapes.get(p.shape().mapKey()), p.pointer() + "/{key}", null, null);
  }

  static int textMax(Shape s) {
    return (int) Math.min(s.max().orElse(UNBOUNDED_TEXT), Integer.MAX_VALUE - 1);
  }

  private Gen structure(Place p, Site site, int depth, boolean hooks) {
    String next = site != null ? site.path().get(depth) : null;
    boolean missingHere = next != null && !site.valid() && site.kind() == BreakKind.MISSING_REQUIRED
        && depth == site.path().size() - 1;
    List<StructureGen.Slot> slots = new ArrayList<>();
    for (Member m : p.shape().members().values()) {
      Place c = child(p, m);
      if (m.name().equals(next)) {
        slots.add(missingHere ? new StructureGen.Slot(m.name(), null, StructureGen.Presence.NEVER)
            : new StructureGen.Slot(m.name(), node(c, site, depth + 1, hooks), StructureGen.Presence.ALWAYS));
        continue;
      }
      Gen g = node(c, null, depth + 1, hooks);
      if (g instanceof Absent a) {
        if (m.required() && a.missing() != null) {
          throw new MissingReferenceException(op.name(), c.pointer(), a.missing());
        }
        slots.add(new StructureGen.Slot(m.name(), null, StructureGen.Presence.NEVER));
      } else {
        slots.add(new StructureGen.Slot(m.name(), g, m.required() ? StructureGen.Presence.ALWAYS
            : StructureGen.Presence.OPTIONAL));
      }
    }
    if (site == null && slots.size() == 2) {
      Gen paired = domain.itemIdentifier(p.shape(), slots.get(0), slots.get(1));
      if (paired != null) {
        return paired;
      }
    }
    return new StructureGen(slots);
  }

  Gen union(Place p, Site site, int depth, boolean hooks, UnionGen.Mode mode) {
    String next = site != null && depth < site.path().size() ? site.path().get(depth) : null;
    List<String> names = new ArrayList<>();
    List<Gen> gens = new ArrayList<>();
    Absent absent = null;
    for (Member m : p.shape().members().values()) {
      Place c = child(p, m);
      Gen g = node(c, m.name().equals(next) ? site : null, depth + 1, hooks);
      if (g instanceof Absent a) {
        if (mode != UnionGen.Mode.SEVERAL) {
          absent = a;
          continue;
        }
        g = node(c, null, depth + 1, false);
      }
      names.add(m.name());
      gens.add(g);
    }
    if (names.isEmpty() && mode == UnionGen.Mode.ONE) {
      throw new MissingReferenceException(op.name(), p.pointer(), absent.missing());
    }
    return new UnionGen(names, gens, mode, next == null ? -1 : names.indexOf(next));
  }

  private Gen list(Place p, Site site, int depth, boolean hooks) {
    Shape s = p.shape();
    Gen item = valid(item(p), depth + 1, hooks);
    Gen first = site != null ? node(item(p), site, depth + 1, hooks) : null;
    int lo = (int) s.min().orElse(0);
    int hi = (int) s.max().orElse(Math.max(lo, UNBOUNDED_ITEMS));
    return new ListGen(item, first, first != null ? Math.max(lo, 1) : lo, hi, s.uniqueItems(), false, s.name());
  }

  private Gen map(Place p, Site site, int depth, boolean hooks) {
    Shape s = p.shape();
    Gen key = valid(key(p), depth + 1, hooks);
    Gen value = valid(entry(p), depth + 1, hooks);
    Gen firstValue = site != null ? node(entry(p), site, depth + 1, hooks) : null;
    int lo = (int) s.min().orElse(0);
    int hi = (int) s.max().orElse(Math.max(lo, UNBOUNDED_ITEMS));
    return new MapGen(key, value, null, firstValue, firstValue != null ? Math.max(lo, 1) : lo, hi, s.name());
  }

  /** A valid value's generator where one is needed (items, keys, values): an absent one cannot do. */
  Gen valid(Place p, int depth, boolean hooks) {
    Gen g = node(p, null, depth, hooks);
    if (g instanceof Absent) {
      return node(p, null, depth, false);
    }
    return g;
  }
}
