package dev.imkit.suites.internal.checks.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.schemas.api.Operation;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.target.Fixtures;
import java.util.List;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * {@code VAL-<KIND>-<Op>-<path>}: inputs that break exactly the rule of one site, everything else valid and every
 * reference existing, are refused with 400 ValidationException, the error every operation models for input that
 * "fails to satisfy the constraints". A wrong JSON type may instead be refused while the body is read, as AWS
 * JSON services do: 400 SerializationException is accepted for those. A 404 fails: the resources named exist.
 */
final class RuleSiteCheck {
  static final String VALIDATION = "ValidationException";
  /** Operations that change the account's replication set: only run on a set the run created. */
  static final Set<String> REPLICATION_SET_CHANGES = Set.of("UpdateReplicationSet", "DeleteReplicationSet",
      "UpdateDeletionProtection");
  /** A site is tried with this share of imkit.tries: 631 sites at 10 tries each would be 6,000 requests. */
  static final int TRIES_DIVISOR = 10;

  private RuleSiteCheck() {
  }

  static Check check(Operation op, RuleSite site, String since) {
    String path = RuleSiteId.path(site.pointer());
    CheckInfo info = new CheckInfo(RuleSiteId.of(op.name(), site), Category.VALIDATION, List.of(op.name()),
        List.of(site.shape(), op.input() + "." + path), Level.MUST, since, !op.readonly(),
        op.name() + " refuses " + site + " with 400 " + VALIDATION);
    return new Check(info, context -> run(context, op, site));
  }

  private static void run(CheckContext context, Operation op, RuleSite site) {
    Fixtures f = context.fixtures();
    GenerationContext references = References.of(f);
    if (REPLICATION_SET_CHANGES.contains(op.name()) && !f.ownsReplicationSet()) {
      throw new TestAbortedException(op.name() + " could change the account's replication set, which this run "
          + "did not create: a run never changes what it did not create");
    }
    int tries = Math.max(1, context.tries() / TRIES_DIVISOR);
    context.properties().forAll(context.arbitraries(references).invalidInput(op.name(), site), tries,
        invalid -> judge(context, op, invalid));
  }

  private static void judge(CheckContext context, Operation op, InvalidInput invalid) {
    Exchange answer = context.target().call(op.name(), invalid.document());
    cleanUp(context, op, answer);
    boolean typeBreak = invalid.label().kind() == BreakKind.WRONG_TYPE;
    String error = answer.errorType().orElse("");
    boolean refused = answer.status() == 400
        && (error.equals(VALIDATION) || (typeBreak && error.equals("SerializationException")));
    if (!refused) {
      throw CheckFailure.of(answer, invalid.label().site().shape() + " " + invalid.label().rule().keyword() + " "
          + invalid.label().constraint(), "expected HTTP 400 " + VALIDATION
          + (typeBreak ? " (or SerializationException)" : "") + " for an input with " + invalid.label() + ": "
          + shortly(invalid.document()));
    }
  }

  /** A target that wrongly accepted an invalid input may have created or deleted something: keep the run tidy. */
  private static void cleanUp(CheckContext context, Operation op, Exchange answer) {
    if (!answer.succeeded()) {
      return;
    }
    JsonNode body = answer.jsonOrNull();
    switch (op.name()) {
      case "CreateResponsePlan" -> forget(context, body, "arn", "DeleteResponsePlan");
      case "StartIncident" -> forget(context, body, "incidentRecordArn", "DeleteIncidentRecord");
      case "DeleteReplicationSet" -> context.fixtures().replicationSetDeleted();
      default -> { }
    }
  }

  private static void forget(CheckContext context, JsonNode body, String member, String delete) {
    if (body != null && body.path(member).isTextual()) {
      context.fixtures().forget(delete, "arn", body.path(member).textValue());
    }
  }

  private static String shortly(JsonNode document) {
    String text = document.toString();
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }
}
