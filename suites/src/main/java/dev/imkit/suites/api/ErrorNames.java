package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The places an error answer names its error, as restJson1 clients read them: the {@code X-Amzn-ErrorType}
 * header, a body member {@code code} and a body member {@code __type}, each normalised (what stands before a
 * {@code ,} then before a {@code :}, then after a {@code #}), or {@code null} where absent. Any one of them is
 * enough; two that disagree name no error.
 *
 * <pre>{@code
 * ErrorNames.normalise("com.amazonaws.ssmincidents#ValidationException:http://internal.amazon.com/x")
 * // "ValidationException"
 * }</pre>
 *
 * @param header the name in {@code X-Amzn-ErrorType}, or null
 * @param code the name in the body's {@code code}, or null
 * @param type the name in the body's {@code __type}, or null
 */
@API(status = EXPERIMENTAL)
public record ErrorNames(String header, String code, String type) {
  /** No name anywhere. */
  public static final ErrorNames NONE = new ErrorNames(null, null, null);

  /** Normalises one raw value; null (absent) when nothing is left. */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String name = raw;
    for (char cut : new char[] {',', ':'}) {
      int at = name.indexOf(cut);
      name = at < 0 ? name : name.substring(0, at);
    }
    name = name.substring(name.indexOf('#') + 1).trim();
    return name.isEmpty() ? null : name;
  }

  /** The error's name: the one every place that names it agrees on; empty when none names it or two disagree. */
  public Optional<String> name() {
    Set<String> names = distinct();
    return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
  }

  /** Whether no place names the error. */
  public boolean unnamed() {
    return distinct().isEmpty();
  }

  /** Whether two places name different errors. */
  public boolean contradictory() {
    return distinct().size() > 1;
  }

  /** Whether the header names it (restJson1 asks servers to send it: a SHOULD). */
  public boolean inHeader() {
    return header != null;
  }

  /** Each place with the name it gives, e.g. {@code X-Amzn-ErrorType ValidationException, __type Conflict}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (header != null) {
      parts.add("X-Amzn-ErrorType " + header);
    }
    if (code != null) {
      parts.add("code " + code);
    }
    if (type != null) {
      parts.add("__type " + type);
    }
    return parts.isEmpty() ? "no X-Amzn-ErrorType header, body code or __type" : String.join(", ", parts);
  }

  private Set<String> distinct() {
    Set<String> names = new LinkedHashSet<>();
    for (String n : new String[] {header, code, type}) {
      if (n != null) {
        names.add(n);
      }
    }
    return names;
  }
}
