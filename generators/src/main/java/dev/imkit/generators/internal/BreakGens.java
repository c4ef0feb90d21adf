package dev.imkit.generators.internal;

import dev.imkit.generators.api.BreakKind;
import dev.imkit.schemas.api.Shape;
import java.util.Map;

/**
 * The generator of the broken value at the end of a site's path. Each draws only from the invalid range
 * (lengths {@code [max+1, max+16]}, sizes {@code [0, min-1]}, values beyond a bound...), so any replay of its
 * choices, and so any shrink, is broken the same way; everything around it is valid.
 */
final class BreakGens {
  static final int EXTRA_LENGTH = 16;
  static final int EXTRA_ITEMS = 3;

  private final GenBuilder builder;
  private final PatternCache patterns;
  private final Map<String, Shape> shapes;

  BreakGens(GenBuilder builder, PatternCache patterns, Map<String, Shape> shapes) {
    this.builder = builder;
    this.patterns = patterns;
    this.shapes = shapes;
  }

  Gen gen(Place p, Site site, int depth) {
    Shape s = p.shape();
    BreakKind kind = site.kind();
    return switch (kind) {
      case TOO_SHORT, TOO_LONG, PATTERN_MISMATCH -> brokenString(s, kind);
      case UNKNOWN_ENUM_VALUE -> new UnknownEnumGen(s.enumValues());
      case BELOW_MINIMUM -> OutOfRangeGen.below(s.min().getAsLong());
      case ABOVE_MAXIMUM -> OutOfRangeGen.above(s.max().getAsLong());
      case WRONG_TYPE -> new WrongTypeGen(s);
      case TOO_FEW_ITEMS, TOO_MANY_ITEMS, DUPLICATE_ITEMS -> list(p, kind, depth);
      case TOO_FEW_ENTRIES, TOO_MANY_ENTRIES, KEY_TOO_SHORT, KEY_TOO_LONG, KEY_PATTERN_MISMATCH -> map(p, kind, depth);
      case UNION_EMPTY -> builder.union(p, null, depth, true, UnionGen.Mode.NONE);
      case UNION_MULTIPLE -> builder.union(p, null, depth, true, UnionGen.Mode.SEVERAL);
      case MISSING_REQUIRED -> throw new IllegalStateException("a missing member is left out by its structure");
    };
  }

  /** Whether {@code kind} can break a string of shape {@code s} and nothing else. */
  boolean stringBreakable(Shape s, BreakKind kind) {
    int min = (int) s.min().orElse(0);
    String pattern = s.pattern().orElse(null);
    return switch (kind) {
      case TOO_SHORT, KEY_TOO_SHORT -> min > 0 && (pattern == null || patterns.matchable(pattern, 0, min - 1));
      case TOO_LONG, KEY_TOO_LONG -> s.max().isPresent() && s.max().getAsLong() < Integer.MAX_VALUE - EXTRA_LENGTH
          && (pattern == null || patterns.matchable(pattern, tooLongFrom(s), tooLongFrom(s) + EXTRA_LENGTH - 1));
      case PATTERN_MISMATCH, KEY_PATTERN_MISMATCH -> pattern != null
          && patterns.mismatch(pattern, min, GenBuilder.textMax(s)) != null;
      default -> false;
    };
  }

  private Gen brokenString(Shape s, BreakKind kind) {
    int min = (int) s.min().orElse(0);
    return switch (kind) {
      case TOO_SHORT, KEY_TOO_SHORT -> builder.string(s, 0, min - 1);
      case TOO_LONG, KEY_TOO_LONG -> builder.string(s, tooLongFrom(s), tooLongFrom(s) + EXTRA_LENGTH - 1);
      default -> patterns.mismatch(s.pattern().orElseThrow(), min, GenBuilder.textMax(s));
    };
  }

  private static int tooLongFrom(Shape s) {
    return (int) s.max().getAsLong() + 1;
  }

  private Gen list(Place p, BreakKind kind, int depth) {
    Shape s = p.shape();
    Gen item = builder.valid(builder.item(p), depth + 1, true);
    int min = (int) s.min().orElse(0);
    return switch (kind) {
      case TOO_FEW_ITEMS -> new ListGen(item, null, 0, min - 1, s.uniqueItems(), false, s.name());
      case TOO_MANY_ITEMS -> new ListGen(item, null, (int) s.max().getAsLong() + 1,
          (int) s.max().getAsLong() + EXTRA_ITEMS, s.uniqueItems(), false, s.name());
      default -> new ListGen(item, null, Math.max(2, min),
          (int) s.max().orElse(Math.max(2, min) + GenBuilder.UNBOUNDED_ITEMS), true, true, s.name());
    };
  }

  private Gen map(Place p, BreakKind kind, int depth) {
    Shape s = p.shape();
    Gen key = builder.valid(builder.key(p), depth + 1, true);
    Gen value = builder.valid(builder.entry(p), depth + 1, true);
    int min = (int) s.min().orElse(0);
    int max = (int) s.max().orElse(Math.max(1, min) + GenBuilder.UNBOUNDED_ITEMS);
    return switch (kind) {
      case TOO_FEW_ENTRIES -> new MapGen(key, value, null, null, 0, min - 1, s.name());
      case TOO_MANY_ENTRIES -> new MapGen(key, value, null, null, max + 1, max + EXTRA_ITEMS, s.name());
      default -> new MapGen(key, value, brokenString(shapes.get(s.mapKey()), kind), null, Math.max(1, min), max,
          s.name());
    };
  }
}
