package dev.imkit.suites.internal.checks.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Violation;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.HappyPath;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;

/**
 * {@code SCHEMA-OUTPUT-<Op>}: the answer to a valid call validates against the operation's output schema at the
 * target's revision (required members, types, enum values, epoch-number timestamps). Unknown members are
 * advisories, never failures. One answer no implementation can make valid is accepted: an untagged resource's
 * {@code {"tags":{}}}, below TagMap's minimum of one entry, which is what the service and the SDKs do.
 */
public final class OutputSchema {
  private OutputSchema() {
  }

  /**
   * When {@code answer}, a success of {@code op}, has a JSON body that breaks the operation's output schema: the
   * cause of what a check reading it cannot use, reported by this check ({@code SCHEMA-OUTPUT-<op>}).
   */
  public static Optional<Cause> breach(Contract contract, Operation op, Exchange answer) {
    return breachAt(contract, answer, "");
  }

  /**
   * As {@link #breach}, for the violations at {@code place} only: a JSON pointer into any node of the body (its
   * segments found in a row in the violation's pointer, or below them); {@code ""} or {@code "/"} for anywhere.
   */
  public static Optional<Cause> breachAt(Contract contract, Exchange answer, String place) {
    JsonNode body = answer.succeeded() ? answer.jsonOrNull() : null;
    Optional<Operation> op = contract.findOperation(answer.operation());
    if (body == null || op.isEmpty()) {
      return Optional.empty();
    }
    List<String> at = segments(place);
    List<Violation> violations = failures(op.get(), contract.validator().output(op.get().name(), body), body)
        .stream().filter(v -> Collections.indexOfSubList(segments(v.pointer()), at) >= 0).toList();
    return violations.isEmpty() ? Optional.empty() : Optional.of(Causes.unusable(op.get().name(), op.get().name()
        + " answered a valid input with a body that breaks " + op.get().output() + ": " + describe(violations)));
  }

  /**
   * Blocks the check when {@code answer} breaks its output schema at {@code place} ({@link #breachAt}): a verdict
   * resting there would rest on an answer the contract does not allow.
   */
  public static void blockIfBroken(Contract contract, Exchange answer, String place) {
    breachAt(contract, answer, place).ifPresent(cause -> {
      throw new Blocked(cause);
    });
  }

  private static List<String> segments(String pointer) {
    return Arrays.stream(pointer.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  /** Operations whose success answer has a body (not the 204 ones). */
  static boolean appliesTo(Operation op) {
    return op.successCode() != 204;
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("SCHEMA-OUTPUT-" + op.name(), Category.SCHEMA, List.of(op.name()),
        List.of(op.output()), Level.MUST, op.introducedIn(), !op.readonly(),
        "the answer to a valid " + op.name() + " validates against " + op.output()
            + " (an untagged resource's empty TagMap is accepted)");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) {
    Optional<ObjectNode> input = HappyPath.input(op.name(), context.fixtures());
    if (input.isEmpty()) {
      throw new TestAbortedException(HappyPath.whyNot(op.name()));
    }
    Exchange answer = context.target().call(op.name(), input.get());
    if (!answer.succeeded()) {
      BaseControls.blockIfKnown(context.target(), op.name(), answer);
      throw new Blocked(Causes.of(context.target().contract(), answer, op.name(), "input"));
    }
    JsonNode body = answer.jsonOrNull();
    if (body == null) {
      boolean memberless = context.target().contract().shape(op.output()).members().isEmpty();
      throw CheckFailure.of(answer, op.output(), "expected a JSON body holding " + op.output() + (memberless
          ? ": {} for an output without members (restJson1 servers answer a JSON object even then, as Smithy's "
          + "protocol test RestJsonEmptyInputAndEmptyOutput fixes; clients tolerate an empty body)" : ""));
    }
    List<Violation> violations = failures(op, context.target().contract().validator().output(op.name(), body), body);
    if (!violations.isEmpty()) {
      throw CheckFailure.of(answer, op.output() + " " + rules(violations), describe(violations));
    }
  }

  /** The violations that fail the check: all but an empty tag map (see the class comment). */
  static List<Violation> failures(Operation op, ValidationReport report, JsonNode body) {
    return report.violations().stream().filter(v -> !emptyTagMap(op, v, body)).toList();
  }

  private static boolean emptyTagMap(Operation op, Violation v, JsonNode body) {
    return op.name().equals("ListTagsForResource") && v.rule() == Rule.MIN_ENTRIES && v.pointer().equals("/tags")
        && body.path("tags").isObject() && body.path("tags").isEmpty();
  }

  static String rules(List<Violation> violations) {
    return violations.stream().map(v -> v.rule().keyword() + " at " + (v.pointer().isEmpty() ? "/" : v.pointer()))
        .distinct().limit(3).collect(Collectors.joining(", "));
  }

  static String describe(List<Violation> violations) {
    String first = violations.stream().limit(3).map(Violation::message).collect(Collectors.joining("; "));
    return "expected the body to validate; " + violations.size() + " violation(s): " + first;
  }
}
