package dev.imkit.generators;

import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The facts (see {@link Coverage}) a default run should cover, read from the contract: every optional member
 * present, every enum value, every union member, both boolean values, integral and fractional timestamps, and
 * the length, size and range boundaries. Under a domain hook only presence is expected (hooked values are
 * realistic rather than spread over the contract); a member the documentation says not to send is exempt.
 */
final class Targets {
  /** A pattern whose tail repeats one character class without bound: any length up to the maximum matches. */
  private static final Pattern OPEN_TAIL = Pattern.compile(".*(\\]|\\.)[+*]\\$$");
  /** A pattern that is one repeated character class: the minimum length matches too. */
  private static final Pattern ONE_CLASS = Pattern.compile("^\\^(\\(\\?!.*?\\))?\\[[^\\]]*\\][+*]\\$$");

  final Set<String> facts = new TreeSet<>();
  private final Map<String, Shape> shapes;
  private final Map<String, String> hooks;

  Targets(Map<String, Shape> shapes, Map<String, String> hooks) {
    this.shapes = shapes;
    this.hooks = hooks;
  }

  void add(Shape shape, String at, boolean hooked) {
    boolean here = hooked || hooks.containsKey(at);
    switch (shape.kind()) {
      case STRUCTURE, UNION -> shape.members().values().forEach(m -> member(shape, m, at, here));
      case LIST -> {
        bounds(shape, at, here);
        add(shapes.get(shape.listMember()), at + "/0", here);
      }
      case MAP -> {
        bounds(shape, at, here);
        add(shapes.get(shape.mapKey()), at + "/{key}", here);
        add(shapes.get(shape.mapValue()), at + "/*", here);
      }
      case STRING -> {
        if (!here && shape.pattern().isEmpty()) {
          bounds(shape, at, false);
        } else if (!here) {
          patterned(shape, at);
        }
      }
      case ENUM -> shape.enumValues().forEach(v -> expect(here, at + " = " + v));
      case INTEGER -> {
        if (shape.min().isPresent()) {
          expect(here, at + " min");
        }
        if (shape.max().isPresent()) {
          expect(here, at + " max");
        }
      }
      case TIMESTAMP -> {
        expect(here, at + " integral");
        expect(here, at + " fractional");
      }
      case BOOLEAN -> {
        expect(here, at + " = true");
        expect(here, at + " = false");
      }
    }
  }

  private void member(Shape shape, Member m, String at, boolean hooked) {
    String child = at + "/" + m.name();
    if ("not sent".equals(hooks.get(child))) {
      return;
    }
    if (!m.required() && !(hooked && !hooks.containsKey(at + "/" + m.name()))) {
      facts.add(child + " present");
    }
    if (shape.kind() == ShapeKind.UNION) {
      expect(hooked, at + " member " + m.name());
    }
    add(shapes.get(m.target()), child, hooked);
  }

  private void patterned(Shape shape, String at) {
    String p = shape.pattern().get();
    if (shape.max().isPresent() && OPEN_TAIL.matcher(p).matches()) {
      facts.add(at + " max");
    }
    if (ONE_CLASS.matcher(p).matches()) {
      facts.add(at + " min");
    }
  }

  private void bounds(Shape shape, String at, boolean hooked) {
    expect(hooked, at + " min");
    if (shape.max().isPresent()) {
      expect(hooked, at + " max");
    }
  }

  private void expect(boolean hooked, String fact) {
    if (!hooked) {
      facts.add(fact);
    }
  }
}
