package dev.imkit.generators.internal;

import dev.imkit.generators.api.Binding;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Enumerates the rule sites of an input by walking its shape: every required member, every length, range,
 * pattern, enum, union, size and uniqueness rule, map keys, and the JSON type of every body value. Breaks that
 * cannot break only their rule are skipped (no TOO_SHORT under a minimum length of 0, no UNION_MULTIPLE for a
 * one-member union, no TOO_SHORT of a TagKey, whose empty string would also miss the pattern).
 */
final class SiteFinder {
  private static final int MAX_DEPTH = 32;

  private final Map<String, Shape> shapes;
  private final BreakGens breaks;
  private final Operation op;
  private final List<Site> sites = new ArrayList<>();

  SiteFinder(Map<String, Shape> shapes, BreakGens breaks, Operation op) {
    this.shapes = shapes;
    this.breaks = breaks;
    this.op = op;
  }

  List<Site> find(Shape root) {
    value(root, "", new ArrayList<>(), Binding.BODY, true);
    return List.copyOf(sites);
  }

  private void value(Shape s, String pointer, List<String> path, Binding binding, boolean root) {
    if (path.size() > MAX_DEPTH) {
      throw new IllegalStateException("shape " + s.name() + " nests deeper than " + MAX_DEPTH);
    }
    if (!root && binding == Binding.BODY) {
      add(BreakKind.WRONG_TYPE, s, pointer, path, binding);
    }
    switch (s.kind()) {
      case STRUCTURE -> structure(s, pointer, path, binding, root);
      case UNION -> union(s, pointer, path, binding);
      case LIST -> list(s, pointer, path, binding);
      case MAP -> map(s, pointer, path, binding);
      case STRING -> strings(s, pointer, path, binding, false);
      case ENUM -> add(BreakKind.UNKNOWN_ENUM_VALUE, s, pointer, path, binding);
      case INTEGER -> integer(s, pointer, path, binding);
      case BOOLEAN, TIMESTAMP -> { }
    }
  }

  private void structure(Shape s, String pointer, List<String> path, Binding binding, boolean root) {
    for (Member m : s.members().values()) {
      Shape target = shapes.get(m.target());
      String child = pointer + "/" + Pointer.escape(m.name());
      List<String> childPath = with(path, m.name());
      Binding b = root ? bindingOf(m.name()) : binding;
      if (m.required()) {
        add(BreakKind.MISSING_REQUIRED, target, child, childPath, b);
      }
      value(target, child, childPath, b, false);
    }
  }

  private void union(Shape s, String pointer, List<String> path, Binding binding) {
    add(BreakKind.UNION_EMPTY, s, pointer, path, binding);
    if (s.members().size() >= 2) {
      add(BreakKind.UNION_MULTIPLE, s, pointer, path, binding);
    }
    for (Member m : s.members().values()) {
      value(shapes.get(m.target()), pointer + "/" + Pointer.escape(m.name()), with(path, m.name()), binding, false);
    }
  }

  private void list(Shape s, String pointer, List<String> path, Binding binding) {
    if (s.min().orElse(0) > 0) {
      add(BreakKind.TOO_FEW_ITEMS, s, pointer, path, binding);
    }
    if (s.max().isPresent()) {
      add(BreakKind.TOO_MANY_ITEMS, s, pointer, path, binding);
    }
    if (s.uniqueItems() && s.max().orElse(2) >= 2) {
      add(BreakKind.DUPLICATE_ITEMS, s, pointer, path, binding);
    }
    value(shapes.get(s.listMember()), pointer + "/0", with(path, "0"), binding, false);
  }

  private void map(Shape s, String pointer, List<String> path, Binding binding) {
    if (s.min().orElse(0) > 0) {
      add(BreakKind.TOO_FEW_ENTRIES, s, pointer, path, binding);
    }
    if (s.max().isPresent()) {
      add(BreakKind.TOO_MANY_ENTRIES, s, pointer, path, binding);
    }
    strings(shapes.get(s.mapKey()), pointer, path, binding, true);
    value(shapes.get(s.mapValue()), pointer + "/*", with(path, "*"), binding, false);
  }

  private void strings(Shape s, String pointer, List<String> path, Binding binding, boolean key) {
    BreakKind[] kinds = key ? new BreakKind[] {BreakKind.KEY_TOO_SHORT, BreakKind.KEY_TOO_LONG,
        BreakKind.KEY_PATTERN_MISMATCH} : new BreakKind[] {BreakKind.TOO_SHORT, BreakKind.TOO_LONG,
        BreakKind.PATTERN_MISMATCH};
    for (BreakKind kind : kinds) {
      if (breaks.stringBreakable(s, kind)) {
        add(kind, s, pointer, path, binding);
      }
    }
  }

  private void integer(Shape s, String pointer, List<String> path, Binding binding) {
    if (s.min().isPresent() && s.min().getAsLong() > Integer.MIN_VALUE) {
      add(BreakKind.BELOW_MINIMUM, s, pointer, path, binding);
    }
    if (s.max().isPresent() && s.max().getAsLong() < Integer.MAX_VALUE) {
      add(BreakKind.ABOVE_MAXIMUM, s, pointer, path, binding);
    }
  }

  private void add(BreakKind kind, Shape s, String pointer, List<String> path, Binding binding) {
    sites.add(new Site(new RuleSite(pointer, kind, Constraints.of(kind, s), s.name(), binding), path));
  }

  private Binding bindingOf(String member) {
    if (op == null) {
      return Binding.BODY;
    }
    return op.labels().containsKey(member) ? Binding.URI : op.query().containsKey(member) ? Binding.QUERY
        : Binding.BODY;
  }

  private static List<String> with(List<String> path, String segment) {
    List<String> out = new ArrayList<>(path);
    out.add(segment);
    return out;
  }
}
