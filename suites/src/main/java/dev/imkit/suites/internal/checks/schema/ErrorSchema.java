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
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.function.Function;
import org.opentest4j.TestAbortedException;

/**
 * {@code SCHEMA-ERROR-<Error>}: an error body validates against its error structure (a message, and the
 * members the error models such as resourceIdentifier). Each error is provoked the way the contract documents
 * it; when the target answers something else, the check is skipped with the answer (PROTOCOL and IDEMPOTENCY
 * checks judge that), since this check is about the body of the error when it comes.
 */
final class ErrorSchema {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** An error this category can provoke, and how. */
  record Provoked(String error, String operation, String how, Function<CheckContext, Exchange> call) {
  }

  static final List<Provoked> PROVOKED = List.of(
      new Provoked("ValidationException", "GetResponsePlan", "a get of an ARN that is not one",
          c -> c.target().call("GetResponsePlan", JSON.objectNode().put("arn", "not-an-arn"))),
      new Provoked("ResourceNotFoundException", "GetResponsePlan", "a get of a response plan that does not exist",
          c -> c.target().call("GetResponsePlan", MissingResource.input("GetResponsePlan", c).orElseThrow())),
      new Provoked("ConflictException", "CreateResponsePlan",
          "a second CreateResponsePlan with the client token of the first and another input",
          ErrorSchema::tokenReusedWithOtherInput),
      new Provoked("ServiceQuotaExceededException", "TagResource",
          "a tag more than a response plan may hold (TagMap's maximum, the AWS tagging quota)", TagQuota::oneTooMany));

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
      throw new TestAbortedException(p.how() + " was not answered with " + p.error() + " but "
          + answer.answerLine() + ": the PROTOCOL and IDEMPOTENCY checks judge that");
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
