package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A pattern of the contract, matched as the contract means it. The model's patterns are ECMA-262 regular
 * expressions, searched (not anchored) as Smithy and JSON Schema say. This compiles them for {@code java.util.regex} with ECMA's meaning of {@code $} (end of input only)
 * and {@code .} (any character but a line terminator), and bounds the work of patterns with nested
 * quantifiers (an old {@code SsmContactsArn} pattern backtracks exponentially), so no input can hang a
 * validation: a match that takes too long counts as no match.
 */
@API(status = EXPERIMENTAL)
public final class EcmaPattern {
  private static final int STEP_LIMIT = 2_000_000;
  private static final Pattern NESTED_QUANTIFIER = Pattern.compile("\\([^()]*[+*][^()]*\\)[*+{]");

  private final String source;
  private final Pattern exact;
  private final Pattern fast;
  private final boolean bounded;

  private EcmaPattern(String source) {
    this.source = source;
    this.exact = Pattern.compile(translate(source, true));
    this.fast = Pattern.compile(translate(source, false));
    this.bounded = NESTED_QUANTIFIER.matcher(source).find();
  }

  /** Compiles an ECMA-262 pattern. */
  public static EcmaPattern compile(String ecmaPattern) {
    return new EcmaPattern(ecmaPattern);
  }

  /** The pattern as the model states it. */
  public String source() {
    return source;
  }

  /** Whether the pattern occurs in {@code input} (JSON Schema's and Smithy's meaning of "matches"). */
  public boolean matches(String input) {
    // java.util.regex's '.' differs from ECMA's only on U+0085, so the faster form serves all other inputs.
    Pattern pattern = input.indexOf('\u0085') >= 0 ? exact : fast;
    if (!bounded) {
      return pattern.matcher(input).find();
    }
    Matcher m = pattern.matcher(new Budget(input));
    try {
      return m.find();
    } catch (BudgetExceeded e) {
      return false;
    }
  }

  /**
   * The {@code java.util.regex} form of an ECMA-262 pattern: {@code $} becomes end of input, and, when
   * {@code exactDot}, {@code .} becomes ECMA's "any but \n, \r, U+2028, U+2029" (Java's also excludes U+0085).
   */
  public static String translate(String ecma, boolean exactDot) {
    StringBuilder out = new StringBuilder(ecma.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < ecma.length(); i++) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < ecma.length()) {
        out.append(c).append(ecma.charAt(++i));
      } else if (inClass) {
        inClass = c != ']';
        out.append(c);
      } else if (c == '[') {
        inClass = true;
        out.append(c);
      } else if (c == '$') {
        out.append("\\z");
      } else if (c == '.' && exactDot) {
        out.append("[^\\n\\r\\u2028\\u2029]");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  /** A char sequence that stops a match after a fixed number of character reads. */
  private static final class Budget implements CharSequence {
    private final String text;
    private int steps;

    Budget(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (++steps > STEP_LIMIT) {
        throw new BudgetExceeded();
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
