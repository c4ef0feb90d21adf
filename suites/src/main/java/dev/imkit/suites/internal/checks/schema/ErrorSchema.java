package dev.imkit.suites.internal.checks.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.Violation;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.checks.protocol.MissingResource;
import dev.imkit.suites.internal.checks.protocol.TagQuota;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.function.Function;
import org.opentest4j.TestAbortedException;

/**
 * {@code SCHEMA-ERROR-<Error>}: an error body validates against its error structure (a message, and the
 * members the error models such as resourceIdentifier). Each error is provoked the way the contract documents
 * it; when the target answers something else, the check is about a body that never came: it is BLOCKED by that
 * answer, a deviation the check of the provoking rule reports as its own failure ({@link Provoked#judgedBy()}).
 * Only where that rule is a SHOULD (the documentation names no error for a reused client token) is the check
 * skipped: no input the contract fixes provokes the error on that target, and a SHOULD never blocks a MUST.
 */
final class ErrorSchema {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * An error this category can provoke, how, and the check that judges whether the target answers the provoking
   * call with it ({@code must}: whether that check states a MUST rule).
   */
  record Provoked(String error, String operation, String how, String judgedBy, boolean must,
      Function<CheckContext, Exchange> call) {
  }

  static final List<Provoked> PROVOKED = List.of(
      new Provoked("ValidationException", "GetResponsePlan", "a get of an ARN that is not one",
          "VAL-PATTERN-GetResponsePlan-arn", true,
          c -> c.target().call("GetResponsePlan", JSON.objectNode().put("arn", "not-an-arn"))),
      new Provoked("ResourceNotFoundException", "GetResponsePlan", "a get of a response plan that does not exist",
          "PROTO-ERROR-GetResponsePlan", true,
          c -> c.target().call("GetResponsePlan", MissingResource.input("GetResponsePlan", c).orElseThrow())),
      new Provoked("ConflictException", "CreateResponsePlan",
          "a second CreateResponsePlan with the client token of the first and another input",
          "IDEM-MISMATCH-CreateResponsePlan", false, ErrorSchema::tokenReusedWithOtherInput),
      new Provoked("ServiceQuotaExceededException", "TagResource",
          "a tag more than a response plan may hold (TagMap's maximum, the AWS tagging quota)",
          "PROTO-QUOTA-TagResource", true, TagQuota::oneTooMany));

  private ErrorSchema() {
  }

  static Check check(Provoked p) {
    CheckInfo info = new CheckInfo("SCHEMA-ERROR-" + p.error(), Category.SCHEMA, List.of(p.operation()),
        List.of(p.error()), Level.MUST, Revisions.all().get(0).name(), !p.operation().startsWith("Get"),
        "the body of a " + p.error() + " (provoked by " + p.how() + ") validates against its error structure");
    return new Check(info, context -> run(context, p));
  }

  private static void run(CheckContext context, Provoked p) {
    Exchange answer = p.call().apply(context);
    if (answer.errorType().filter(p.error()::equals).isEmpty()) {
      throw notProvoked(context, p, answer);
    }
    JsonNode body = answer.jsonOrNull();
    if (body == null) {
      throw CheckFailure.of(answer, p.error(), "expected a JSON body holding " + p.error());
    }
    List<Violation> violations = context.target().contract().validator().error(p.error(), body).violations();
    if (!violations.isEmpty()) {
      throw CheckFailure.of(answer, p.error() + " " + OutputSchema.rules(violations),
          OutputSchema.describe(violations));
    }
  }

  /** Why the error did not come: the deviation that answered instead, or (under a SHOULD rule) a skip. */
  private static TestAbortedException notProvoked(CheckContext context, Provoked p, Exchange answer) {
    if (Causes.throttled(answer)) {
      return new Blocked(Causes.throttled(p.operation(), answer));
    }
    String line = p.how() + " was answered " + answer.answerLine() + ", not " + p.error();
    if (!p.must()) {
      return new TestAbortedException(line + ": " + p.judgedBy() + " judges that answer as a SHOULD (the "
          + "documentation names no error), so no call the contract fixes provokes " + p.error() + " here");
    }
    return new Blocked(new Cause("provoked:" + p.judgedBy(), CauseKind.RULE_BROKEN, line, p.judgedBy()));
  }

  private static Exchange tokenReusedWithOtherInput(CheckContext context) {
    String token = java.util.UUID.randomUUID().toString();
    ObjectNode first = context.fixtures().responsePlanInput(in -> in.put("clientToken", token));
    Exchange created = context.target().call("CreateResponsePlan", first);
    if (created.succeeded() && created.jsonOrNull() != null && created.jsonOrNull().path("arn").isTextual()) {
      context.fixtures().forget("DeleteResponsePlan", "arn", created.jsonOrNull().path("arn").textValue());
    }
    ObjectNode second = first.deepCopy().put("displayName", "imkit other input");
    Exchange conflict = context.target().call("CreateResponsePlan", second);
    if (conflict.succeeded() && conflict.jsonOrNull() != null && conflict.jsonOrNull().path("arn").isTextual()) {
      context.fixtures().forget("DeleteResponsePlan", "arn", conflict.jsonOrNull().path("arn").textValue());
    }
    return conflict;
  }
}
