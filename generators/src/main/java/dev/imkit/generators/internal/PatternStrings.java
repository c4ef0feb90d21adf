package dev.imkit.generators.internal;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;
import dev.imkit.schemas.api.EcmaPattern;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Strings that match a contract pattern, with a length (in code points) in a requested range. RgxGen builds
 * the pattern's prefix; the last repeated atom is repeated as often as the length needs (see
 * {@link RegexSplit}), drawing characters from {@link Alphabet#TEXT} where the atom allows them, so
 * {@code .+} tails carry multi-byte and astral text too. Every result is checked: the prefix part against the
 * prefix, leading lookaheads RgxGen cannot express (TagKey's {@code (?!aws:)}) against the whole string, and
 * anything else made without a split against the whole pattern with {@link EcmaPattern}. A tail drawn from
 * the atom's own characters needs no check, which keeps long values cheap.
 */
final class PatternStrings {
  private static final int ATTEMPTS = 8;
  private static final int REPEAT_LIMIT = 12;

  private final EcmaPattern pattern;
  private final RegexSplit split;
  private final RgxGen prefix;
  private final RgxGen whole;
  private final RgxGen tailGroup;
  private final Alphabet tailChars;
  private final Pattern prefixExact;
  private final EcmaPattern lookaheads;

  PatternStrings(String ecmaPattern) {
    this.pattern = EcmaPattern.compile(ecmaPattern);
    RegexSplit s = RegexSplit.of(ecmaPattern);
    Alphabet chars = s != null && s.singleChar() ? singleCharAlphabet(s.atom()) : null;
    boolean usable = s != null && (!s.singleChar() || !chars.isEmpty());
    this.split = usable ? s : null;
    this.tailChars = usable && s.singleChar() ? chars : null;
    this.tailGroup = usable && !s.singleChar() ? rgx(s.atom()) : null;
    this.prefix = usable && !s.prefix().isEmpty() ? rgx(s.prefix()) : null;
    this.whole = usable ? null : rgx(ecmaPattern);
    this.prefixExact = usable ? Pattern.compile(EcmaPattern.translate(s.prefix(), true)) : null;
    this.lookaheads = usable && !s.lookaheads().isEmpty() ? EcmaPattern.compile("^" + s.lookaheads()) : null;
  }

  String source() {
    return pattern.source();
  }

  boolean matches(String s) {
    return pattern.matches(s);
  }

  /** A matching string with {@code lo <= length <= hi}, or {@code null} if none was found in a few attempts. */
  String next(Source source, int lo, int hi) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String s = split != null ? splitCandidate(source, lo, hi) : rgxCandidate(source);
      if (s != null && (split != null || fits(s, lo, hi) && pattern.matches(s))) {
        return s;
      }
    }
    return null;
  }

  /** A matching string found with fixed seeds, for a deterministic fallback; {@code null} if there is none. */
  String witness(int lo, int hi) {
    Random seeds = new Random(lo * 31L + hi);
    for (int i = 0; i < 64; i++) {
      String s = next(Source.random(new Random(seeds.nextLong())), lo, hi);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private String splitCandidate(Source source, int lo, int hi) {
    String head = prefix == null ? "" : prefix.generate(new SourceRandom(source));
    if (prefix != null && !prefixExact.matcher(head).matches()) {
      return null;
    }
    int headLength = head.codePointCount(0, head.length());
    long tailLo = Math.max((long) split.min(), (long) lo - headLength);
    long tailHi = Math.min((long) split.max(), (long) hi - headLength);
    if (tailLo > tailHi) {
      return null;
    }
    int target = source.length((int) tailLo, (int) Math.min(tailHi, Integer.MAX_VALUE - 1));
    String s;
    if (tailChars != null) {
      s = head.concat(tailChars.string(source, target));
    } else {
      StringBuilder sb = new StringBuilder(head.length() + target + 8).append(head);
      appendGroups(sb, source, target);
      s = sb.toString();
      if (!fits(s, lo, hi) || !pattern.matches(s)) {
        return null;
      }
    }
    return lookaheads == null || lookaheads.matches(s) ? s : null;
  }

  /** Whole repetitions of the tail group until the tail has at least {@code target} code points. */
  private void appendGroups(StringBuilder sb, Source source, int target) {
    SourceRandom random = new SourceRandom(source);
    int reps = 0;
    int length = 0;
    while ((reps < split.min() || length < target) && reps < split.max() && reps < 10_000) {
      String rep = tailGroup.generate(random);
      sb.append(rep);
      length += rep.codePointCount(0, rep.length());
      reps++;
      if (rep.isEmpty() && reps >= split.min()) {
        break;
      }
    }
  }

  private String rgxCandidate(Source source) {
    return whole.generate(new SourceRandom(source));
  }

  private static boolean fits(String s, int lo, int hi) {
    int units = s.length();
    if (units < lo) {
      return false;
    }
    int n = s.codePointCount(0, units);
    return n >= lo && n <= hi;
  }

  /** The alphabet of each single-character atom, built once: filtering every code point is costly. */
  private static final java.util.Map<String, Alphabet> ALPHABETS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Alphabet singleCharAlphabet(String atom) {
    return ALPHABETS.computeIfAbsent(atom, PatternStrings::filteredAlphabet);
  }

  private static Alphabet filteredAlphabet(String atom) {
    // one matcher over one buffer for the whole alphabet: a matcher and a string per code point cost more than
    // the match
    java.util.regex.Matcher m = Pattern.compile(EcmaPattern.translate(atom, true)).matcher("");
    StringBuilder one = new StringBuilder(2);
    return Alphabet.TEXT.filter(cp -> {
      one.setLength(0);
      return m.reset(one.appendCodePoint(cp)).matches();
    });
  }

  private static RgxGen rgx(String pattern) {
    RgxGenProperties properties = new RgxGenProperties();
    RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(properties, REPEAT_LIMIT);
    return RgxGen.parse(properties, pattern);
  }
}
