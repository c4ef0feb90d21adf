package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Random;

/**
 * A string within the length bounds that does not match the pattern: a matching string with a foreign
 * character replacing its first character or inserted into it, {@code aws:} put in front (the reserved tag
 * prefix), or free text. Each candidate is checked against the pattern and the bounds; a witness found when the
 * generator was built is the last resort.
 */
final class MismatchGen implements Gen {
  private static final String[] FOREIGN = {"#", " ", "%", "!", "\u00e9", "Z", "\u4e2d", "\ud83d\ude00", "~", "a"};
  private static final int STRATEGIES = 4;

  private final PatternStrings strings;
  private final int lo;
  private final int hi;
  private final String witness;

  private MismatchGen(PatternStrings strings, int lo, int hi, String witness) {
    this.strings = strings;
    this.lo = lo;
    this.hi = hi;
    this.witness = witness;
  }

  /** The generator, or {@code null} if no mismatching string within {@code [lo, hi]} was found. */
  static MismatchGen of(PatternStrings strings, int lo, int hi) {
    MismatchGen probe = new MismatchGen(strings, lo, hi, null);
    Random seeds = new Random(strings.source().hashCode());
    for (int i = 0; i < 200; i++) {
      String s = probe.attempt(Run.of(Source.random(new Random(seeds.nextLong())), References.Picked.NONE));
      if (s != null) {
        return new MismatchGen(strings, lo, hi, s);
      }
    }
    return null;
  }

  @Override
  public JsonNode next(Run run) {
    String s = attempt(run);
    for (int i = 0; s == null && i < 4; i++) {
      s = attempt(run.fork(i));
    }
    return TextNode.valueOf(s != null ? s : witness);
  }

  private String attempt(Run run) {
    Source source = run.source;
    int start = source.pick(STRATEGIES);
    for (int i = 0; i < STRATEGIES; i++) {
      String s = candidate(source, (start + i) % STRATEGIES);
      if (s != null && fits(s) && !strings.matches(s)) {
        return s;
      }
    }
    return null;
  }

  private String candidate(Source source, int strategy) {
    if (strategy == 3) {
      return TextGen.text(source, source.length(lo, Math.min(hi, lo + 64)));
    }
    String valid = strings.next(source, Math.max(lo, 1), hi);
    if (valid == null) {
      return null;
    }
    String foreign = FOREIGN[source.pick(FOREIGN.length)];
    return switch (strategy) {
      case 0 -> foreign + valid.substring(valid.offsetByCodePoints(0, 1));
      case 1 -> insert(valid, foreign, source.pick(valid.codePointCount(0, valid.length()) + 1));
      default -> "aws:" + valid;
    };
  }

  private static String insert(String s, String foreign, int codePointIndex) {
    int at = s.offsetByCodePoints(0, codePointIndex);
    return s.substring(0, at) + foreign + s.substring(at);
  }

  private boolean fits(String s) {
    int n = s.codePointCount(0, s.length());
    return n >= lo && n <= hi;
  }
}
