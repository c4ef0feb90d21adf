package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.schema.OutputSchema;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether what a target reads back holds what was written. Lenient where the documentation promises nothing:
 * the answer may carry members that were not written, and lists may come back in another order; every member
 * written must come back with its value.
 */
public final class Echo {
  private Echo() {
  }

  /** The first difference, as {@code /pointer: wrote X, read Y}, or empty when {@code read} holds {@code written}. */
  public static Optional<String> difference(JsonNode written, JsonNode read) {
    return difference("", written, read).map(Diff::toString);
  }

  /** A difference: where (a JSON pointer into what was read, "" for the whole) and what. */
  private record Diff(String pointer, String what) {
    @Override
    public String toString() {
      return at(pointer) + ": " + what;
    }
  }

  /**
   * Judges that {@code read}, from the answer {@code got}, holds {@code written}: a difference fails the check under
   * {@code rule} ("{@code expected}; differs at ..."), unless the answer breaks its output shape where it differs: a
   * value of another JSON type than the one written (a timestamp as an ISO 8601 string), or one its schema refuses
   * (an enum value in another case). Then what was stored cannot be told from what was read: the check is blocked
   * by that answer's shape, which {@code SCHEMA-OUTPUT-<op>} reports.
   */
  public static void expect(Contract contract, Exchange got, JsonNode written, JsonNode read, String rule,
      String expected) {
    Optional<Diff> difference = difference("", written, read);
    if (difference.isEmpty()) {
      return;
    }
    Optional<String> typed = typeDifference("", written, read);
    if (typed.isPresent()) {
      throw new Blocked(Steps.unusable(got.operation(), "with " + typed.get()));
    }
    OutputSchema.blockIfBroken(contract, got, difference.get().pointer());
    throw CheckFailure.of(got, rule, expected + "; differs at " + difference.get());
  }

  /** The first member read with another JSON type than written, as {@code /pointer X where Y was written}. */
  private static Optional<String> typeDifference(String pointer, JsonNode written, JsonNode read) {
    if (read == null || read.isMissingNode() || read.isNull()) {
      return Optional.empty();
    }
    if (written.getNodeType() != read.getNodeType()) {
      return Optional.of(at(pointer) + " " + shown(read) + " where " + shown(written) + " was written (a JSON "
          + written.getNodeType().name().toLowerCase(Locale.ROOT) + ")");
    }
    if (written.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = written.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        Optional<String> d = typeDifference(pointer + "/" + member.getKey(), member.getValue(),
            read.get(member.getKey()));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Diff> difference(String pointer, JsonNode written, JsonNode read) {
    if (read == null || read.isMissingNode() || read.isNull()) {
      return Optional.of(new Diff(pointer, "wrote " + shown(written) + ", read nothing"));
    }
    if (written.isObject()) {
      return objectDifference(pointer, written, read);
    }
    if (written.isArray()) {
      return listDifference(pointer, written, read);
    }
    boolean same = written.isNumber() && read.isNumber() ? written.decimalValue().compareTo(read.decimalValue()) == 0
        : written.equals(read);
    return same ? Optional.empty() : Optional.of(new Diff(pointer, "wrote " + shown(written) + ", read "
        + shown(read)));
  }

  private static Optional<Diff> objectDifference(String pointer, JsonNode written, JsonNode read) {
    if (!read.isObject()) {
      return Optional.of(new Diff(pointer, "wrote an object, read " + shown(read)));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = written.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      Optional<Diff> d = difference(pointer + "/" + member.getKey(), member.getValue(), read.get(member.getKey()));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<Diff> listDifference(String pointer, JsonNode written, JsonNode read) {
    if (!read.isArray() || read.size() != written.size()) {
      return Optional.of(new Diff(pointer, "wrote " + written.size() + " items " + shown(written) + ", read "
          + shown(read)));
    }
    List<JsonNode> unmatched = new ArrayList<>();
    read.forEach(unmatched::add);
    for (int i = 0; i < written.size(); i++) {
      JsonNode w = written.get(i);
      if (!unmatched.removeIf(new First(r -> difference("", w, r).isEmpty()))) {
        return Optional.of(new Diff(pointer + "/" + i, "wrote " + shown(w) + ", read no such item in "
            + shown(read)));
      }
    }
    return Optional.empty();
  }

  private static String at(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }

  private static String shown(JsonNode node) {
    return Steps.abbreviate(node);
  }

  /** A predicate true for the first element it accepts only, so removeIf removes one match. */
  private static final class First implements Predicate<JsonNode> {
    private final Predicate<JsonNode> test;
    private boolean done;

    First(Predicate<JsonNode> test) {
      this.test = test;
    }

    @Override
    public boolean test(JsonNode node) {
      if (!done && test.test(node)) {
        done = true;
        return true;
      }
      return false;
    }
  }
}
