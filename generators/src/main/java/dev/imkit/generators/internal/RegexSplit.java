package dev.imkit.generators.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a contract pattern into a prefix and its last repeated atom, e.g. {@code ^arn:aws:...:.+$} into
 * {@code arn:aws:...:} and {@code .} repeated 1 or more times, so that a generator can reach any length the
 * pattern allows by choosing how often the tail repeats. Anchors are dropped (the split parts are generated
 * separately) and leading lookaheads are set apart (callers check them on the whole string). Patterns with a
 * top-level alternation, or a lookahead after the start, have no useful split.
 *
 * @param prefix the regular expression before the tail, possibly empty
 * @param atom the repeated atom: a character, escape, class, {@code .} or group
 * @param singleChar whether one repetition of the atom is exactly one character
 * @param min the least repetitions
 * @param max the most repetitions ({@link Integer#MAX_VALUE} if unbounded)
 * @param lookaheads the lookaheads dropped, in order (empty if none)
 */
record RegexSplit(String prefix, String atom, boolean singleChar, int min, int max, String lookaheads) {

  /** The split of {@code pattern}, or {@code null} if it has none. */
  static RegexSplit of(String pattern) {
    String s = pattern;
    if (s.startsWith("^")) {
      s = s.substring(1);
    }
    if (s.endsWith("$") && !s.endsWith("\\$")) {
      s = s.substring(0, s.length() - 1);
    }
    List<String[]> tokens = tokens(s);
    if (tokens == null || tokens.isEmpty()) {
      return null;
    }
    StringBuilder lookaheads = new StringBuilder();
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < tokens.size() - 1; i++) {
      String atom = tokens.get(i)[0];
      if (atom.startsWith("(?=") || atom.startsWith("(?!")) {
        if (prefix.length() > 0) {
          return null;
        }
        lookaheads.append(atom);
      } else {
        prefix.append(atom).append(tokens.get(i)[1]);
      }
    }
    String[] last = tokens.get(tokens.size() - 1);
    int[] range = quantifier(last[1]);
    if (range == null || last[0].startsWith("(?")) {
      return null;
    }
    boolean single = !last[0].startsWith("(");
    return new RegexSplit(prefix.toString(), last[0], single, range[0], range[1], lookaheads.toString());
  }

  /** Top-level tokens as {atom, quantifier}; {@code null} if there is a top-level alternation. */
  private static List<String[]> tokens(String s) {
    List<String[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '|') {
        return null;
      }
      int end = atomEnd(s, i);
      int qEnd = quantifierEnd(s, end);
      out.add(new String[] {s.substring(i, end), s.substring(end, qEnd)});
      i = qEnd;
    }
    return out;
  }

  private static int atomEnd(String s, int i) {
    char c = s.charAt(i);
    if (c == '\\') {
      return Math.min(s.length(), i + (i + 1 < s.length() && s.charAt(i + 1) == 'u' ? 6 : 2));
    }
    if (c == '[') {
      return classEnd(s, i);
    }
    if (c == '(') {
      int depth = 0;
      int j = i;
      while (j < s.length()) {
        char d = s.charAt(j);
        if (d == '\\') {
          j += 2;
          continue;
        }
        if (d == '[') {
          j = classEnd(s, j);
          continue;
        }
        depth += d == '(' ? 1 : d == ')' ? -1 : 0;
        j++;
        if (depth == 0) {
          return j;
        }
      }
      return s.length();
    }
    return i + 1;
  }

  private static int classEnd(String s, int i) {
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '^') {
      j++;
    }
    if (j < s.length() && s.charAt(j) == ']') {
      j++;
    }
    while (j < s.length() && s.charAt(j) != ']') {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return Math.min(s.length(), j + 1);
  }

  private static int quantifierEnd(String s, int i) {
    if (i >= s.length()) {
      return i;
    }
    char c = s.charAt(i);
    int end = i;
    if (c == '*' || c == '+' || c == '?') {
      end = i + 1;
    } else if (c == '{') {
      int close = s.indexOf('}', i);
      end = close < 0 ? i : close + 1;
    }
    if (end > i && end < s.length() && s.charAt(end) == '?') {
      end++;
    }
    return end;
  }

  /** {min, max} of a quantifier; {@code null} if it cannot be read. */
  private static int[] quantifier(String q) {
    String plain = q.endsWith("?") && q.length() > 1 ? q.substring(0, q.length() - 1) : q;
    switch (plain) {
      case "": return new int[] {1, 1};
      case "*": return new int[] {0, Integer.MAX_VALUE};
      case "+": return new int[] {1, Integer.MAX_VALUE};
      case "?": return new int[] {0, 1};
      default:
        break;
    }
    try {
      String body = plain.substring(1, plain.length() - 1);
      int comma = body.indexOf(',');
      if (comma < 0) {
        int n = Integer.parseInt(body.trim());
        return new int[] {n, n};
      }
      int min = Integer.parseInt(body.substring(0, comma).trim());
      String rest = body.substring(comma + 1).trim();
      return new int[] {min, rest.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(rest)};
    } catch (RuntimeException e) {
      return null;
    }
  }
}
