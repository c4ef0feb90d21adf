package dev.imkit.suites.internal.checks.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.HappyPath;
import dev.imkit.suites.internal.checks.schema.OutputSchema;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code SDK-CALL-<Op>}: the AWS SDK for Java v2 calls the operation with a valid request and parses the answer
 * without an error, and every enum value in it is one the SDK knows.
 */
final class SdkCall {
  private SdkCall() {
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("SDK-CALL-" + op.name(), Category.SDK, List.of(op.name()),
        List.of(op.name(), op.output()), Level.MUST, op.introducedIn(), !op.readonly(),
        "the AWS SDK for Java v2 calls " + op.name() + " and parses its answer, every enum value known");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) throws Exception {
    Optional<ObjectNode> input = HappyPath.input(op.name(), context.fixtures());
    if (input.isEmpty()) {
      throw new TestAbortedException(HappyPath.whyNot(op.name()));
    }
    SdkPojo answer;
    try (SdkClient client = new SdkClient(context.target())) {
      try {
        answer = client.call(op.name(), input.get());
      } catch (SdkException e) {
        SdkFailure.throwIfUnanswered(client, op.name(), e);
        SdkFailure.throwIfThrottled(op.name(), e);
        BaseControls.refusal(context.target(), op.name()).ifPresent(c -> {
          throw new Blocked(c);
        });
        CheckFailure failure = SdkFailure.of(op.name(), "the SDK's " + op.name() + " call", "a valid call must "
            + "succeed", e);
        Exchange last = failure.exchange();
        throw last == null ? failure : OutputSchema.breach(context.target().contract(), op, last)
            .map(failure::withCause).orElseGet(() -> Causes.ifMissing(context.target(), op.name(), last, failure));
      }
    }
    forgetCreated(context, op.name(), SdkClient.json(answer));
    List<String> unknown = UnknownEnums.in(answer);
    if (!unknown.isEmpty()) {
      throw new CheckFailure(op.name() + ": " + op.output() + " enums: the SDK must know every enum value in the "
          + "answer; UNKNOWN_TO_SDK_VERSION at " + String.join(", ", unknown) + "; the target answered "
          + SdkClient.json(answer));
    }
  }

  /** What the SDK call created is removed at the end of the run, as the fixtures are. */
  private static void forgetCreated(CheckContext context, String operation, JsonNode answer) {
    if (operation.equals("CreateResponsePlan") && answer.path("arn").isTextual()) {
      context.fixtures().forget("DeleteResponsePlan", "arn", answer.path("arn").asText());
    } else if (operation.equals("StartIncident") && answer.path("incidentRecordArn").isTextual()) {
      context.fixtures().forget("DeleteIncidentRecord", "arn", answer.path("incidentRecordArn").asText());
    }
  }
}
