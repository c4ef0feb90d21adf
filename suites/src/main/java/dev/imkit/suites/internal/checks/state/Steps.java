package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;

/**
 * The steps of stateful checks: a call the check judges ({@link #must}), a call it only needs ({@link #need}),
 * and the not-found answer. Either is blocked when its operation is missing or refuses its base control.
 * Shared by the STATE, IDEMPOTENCY and PAGINATION checks.
 */
public final class Steps {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Steps() {
  }

  public static ObjectNode object() {
    return JSON.objectNode();
  }

  /**
   * Calls {@code op}; a non-2xx answer fails the check under {@code rule} (a valid input refused), unless the
   * operation is missing: then the check is blocked by that, which the operation's own checks report.
   */
  public static Exchange must(CheckContext c, String op, ObjectNode input, String rule) {
    Exchange answer = c.target().call(op, input);
    if (!answer.succeeded()) {
      BaseControls.blockIfKnown(c.target(), op, answer);
      throw CheckFailure.of(answer, rule, "expected " + op + " to succeed with this valid input "
          + abbreviate(input));
    }
    return answer;
  }

  /**
   * Calls {@code op} as a prerequisite: blocked, naming the cause, when the operation is missing or refuses even
   * its base control; a valid input refused otherwise, which the check reports (no other check sends it).
   */
  public static JsonNode need(CheckContext c, String op, ObjectNode input) {
    Exchange answer = c.target().call(op, input);
    if (!answer.succeeded()) {
      BaseControls.blockIfKnown(c.target(), op, answer);
      throw CheckFailure.of(answer, op + " (a valid input this check needs)", "expected " + op + " to succeed "
          + "with this valid input " + abbreviate(input));
    }
    return body(answer);
  }

  /** The text member of a prerequisite's answer, or a block when it has none. */
  public static String text(JsonNode body, String member, String op) {
    if (!body.path(member).isTextual()) {
      throw new Blocked(unusable(op, "without " + member + ": " + abbreviate(body)));
    }
    return body.path(member).textValue();
  }

  /**
   * The timestamp {@code member} of an item {@code op} answered, in epoch seconds. A check that compares it cannot
   * judge an item without it or with another JSON type (an ISO 8601 string, say): it is blocked by that answer's
   * shape, which {@code SCHEMA-OUTPUT-<op>} reports.
   */
  public static double epochSeconds(JsonNode item, String member, String op) {
    JsonNode value = item.path(member);
    if (!value.isNumber()) {
      throw new Blocked(unusable(op, (value.isMissingNode() ? "without " + member + " in " + abbreviate(item)
          : "with " + member + " " + abbreviate(value)) + " where the contract has a timestamp in epoch seconds (a "
          + "JSON number), which a check cannot compare"));
    }
    return value.doubleValue();
  }

  /** The cause "{@code op} answered a valid input {@code how}", reported by {@code SCHEMA-OUTPUT-<op>}. */
  static Cause unusable(String op, String how) {
    return Causes.unusable(op, op + " answered a valid input " + how);
  }

  /**
   * Calls {@code op} on a resource that no longer exists: fails unless 404 ResourceNotFoundException. A target that
   * answers every missing resource in another form (its {@code PROTO-ERROR-<op>} answer, a 404 without the name, or
   * ResourceNotFoundException under another status) fails under that root cause, which {@code PROTO-ERROR-<op>}
   * reports; one that cannot read the resource at all (its base control refused) blocks the check.
   */
  public static void mustBeGone(CheckContext c, String op, ObjectNode input, String rule, String what) {
    Exchange answer = c.target().call(op, input);
    boolean notFound = answer.status() == 404
        && answer.errorType().map("ResourceNotFoundException"::equals).orElse(false);
    if (notFound) {
      return;
    }
    if (!answer.succeeded()) {
      BaseControls.blockIfKnown(c.target(), op, answer);
    }
    CheckFailure failure = CheckFailure.of(answer, rule, what + " was deleted: expected 404 "
        + "ResourceNotFoundException");
    boolean asMissing = c.target().errors().provokedAnswer("PROTO-ERROR-" + op, op)
        .filter(m -> m.status() == answer.status() && m.errorType().equals(answer.errorType())).isPresent();
    boolean notFoundLike = answer.status() == 404
        || answer.errorType().map("ResourceNotFoundException"::equals).orElse(false);
    if (!answer.succeeded() && (asMissing || notFoundLike)) {
      throw failure.withCause(new Cause("not-found-form:" + op, CauseKind.RULE_BROKEN, op + " answers a call naming "
          + "a resource that does not exist with " + answer.status() + " "
          + answer.errorType().orElse("(no error name)") + ", not 404 ResourceNotFoundException", "PROTO-ERROR-" + op));
    }
    throw failure;
  }

  /** The answer's body as JSON, or an empty object. */
  public static JsonNode body(Exchange answer) {
    JsonNode json = answer.jsonOrNull();
    return json == null ? JSON.objectNode() : json;
  }

  static String abbreviate(JsonNode json) {
    return dev.imkit.suites.internal.run.Texts.cut(String.valueOf(json), 400);
  }
}
