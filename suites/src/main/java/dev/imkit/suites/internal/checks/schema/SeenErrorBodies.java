package dev.imkit.suites.internal.checks.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.ModeledError;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.Violation;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.protocol.SeenErrors;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.Optional;

/**
 * {@code SCHEMA-ERRORS-SEEN}: the body of every error the model defines that the run saw before this check (and of
 * the two it provokes) validates against that error's structure. Runs last in its category.
 */
final class SeenErrorBodies {
  private SeenErrorBodies() {
  }

  static Check check() {
    CheckInfo info = new CheckInfo("SCHEMA-ERRORS-SEEN", Category.SCHEMA, List.of("GetResponsePlan"),
        List.of("errors/*"), Level.MUST, Revisions.all().get(0).name(), false,
        "the body of every modeled error the run saw validates against that error's structure");
    // it judges the body of every modeled error, a ThrottlingException's included
    return new Check(info, SeenErrorBodies::run).judgingAnyAnswer();
  }

  private static void run(CheckContext context) {
    List<Exchange> seen = SeenErrors.seen(context);
    int judged = 0;
    for (Exchange answer : seen) {
      Optional<ModeledError> error = SeenErrors.modeled(context, answer);
      if (error.isEmpty()) {
        continue;
      }
      judged++;
      JsonNode body = answer.jsonOrNull();
      if (body == null || !body.isObject()) {
        throw SeenErrors.provoked(context, answer, CheckFailure.of(answer, error.get().name(),
            "expected a JSON object body holding " + error.get().name()));
      }
      List<Violation> violations = context.target().contract().validator().error(error.get().name(), body)
          .violations();
      if (!violations.isEmpty()) {
        throw SeenErrors.provoked(context, answer, CheckFailure.of(answer, error.get().name() + " "
            + OutputSchema.rules(violations), OutputSchema.describe(violations)));
      }
    }
    context.note(judged + " modeled error bodies judged, of " + seen.size() + " error answers seen");
  }
}
