package dev.imkit.suites.internal.checks.protocol;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;

/**
 * {@code PROTO-QUOTA-TagResource}: one tag more than a resource may hold is refused, with an error TagResource
 * models and that error's modeled status: ServiceQuotaExceededException (the quota's error) with 402. Another
 * modeled refusal (a ValidationException with 400) is accepted: the documentation names no error for it.
 */
final class Quota {
  static final String OPERATION = "TagResource";
  static final String ERROR = "ServiceQuotaExceededException";

  private Quota() {
  }

  static boolean appliesTo(Operation op) {
    return op.name().equals(OPERATION) && op.models(ERROR);
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("PROTO-QUOTA-" + OPERATION, Category.PROTOCOL, List.of("CreateResponsePlan",
        OPERATION), List.of(OPERATION + "#errors", ERROR, "TagMap.length"), Level.MUST, Revisions.all().get(0).name(),
        true, "a tag more than a resource may hold is refused with an error " + OPERATION + " models, with its modeled "
            + "status (" + ERROR + ": HTTP 402)");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) {
    Exchange answer = TagQuota.oneTooMany(context);
    int max = TagQuota.maximum(context.target().contract());
    if (answer.succeeded()) {
      throw CheckFailure.of(answer, "tags per resource (TagMap holds at most " + max + ")", "expected a refusal of "
          + "tag " + (max + 1) + " on a resource holding " + max + " (" + ERROR + ")");
    }
    ModeledErrors.judge(context.target().contract(), op, answer);
  }
}
