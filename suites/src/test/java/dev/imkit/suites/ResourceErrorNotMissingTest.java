package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 404 that names an error of the service is about the call, not the route: a target whose DeleteIncidentRecord
 * answers the incident the run just made with 404 ResourceNotFoundException (an error that operation does not
 * model) has the operation and refused a valid input. Before, the kit reported the operation as not implemented.
 */
class ResourceErrorNotMissingTest {
  private static final String REFUSED = "refused:DeleteIncidentRecord VALID_INPUT_REFUSED";

  @Test
  void aDeleteAnsweredWithAServiceErrorIsAValidInputRefusedNotAMissingOperation() throws IOException {
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), r -> r, a -> PoorTargetTest.route("DeleteIncidentRecord")
            .test(a.request().method() + " " + a.request().pathAndQuery()) ? a.with(404, Map.of("Content-Type",
            List.of("application/json"), "X-Amzn-ErrorType", List.of("ResourceNotFoundException")),
            "{\"message\":\"no such incident\"}") : a)) {
      Runs.Outcome outcome = Runs.run(Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id",
          "AKIDPROXY", "imkit.secret-access-key", "secret", "imkit.only", "VAL-CONTROL-DeleteIncidentRecord,"
              + "VAL-PATTERN-DeleteIncidentRecord-arn,PROTO-SUCCESS-DeleteIncidentRecord"));

      List<CheckResult> judged = outcome.records().stream().filter(r -> r.status() != CheckStatus.SKIP).toList();
      assertThat(judged).extracting(CheckResult::id, CheckResult::status, r -> r.cause() == null ? null
          : r.cause().key() + " " + r.cause().kind()).containsExactlyInAnyOrder(
          tuple("VAL-CONTROL-DeleteIncidentRecord", CheckStatus.FAIL, REFUSED),
          tuple("VAL-PATTERN-DeleteIncidentRecord-arn", CheckStatus.BLOCKED, REFUSED),
          tuple("PROTO-SUCCESS-DeleteIncidentRecord", CheckStatus.BLOCKED, REFUSED));
      assertThat(outcome.failures().get("VAL-CONTROL-DeleteIncidentRecord"))
          .startsWith("valid input refused: DeleteIncidentRecord").contains("404 ResourceNotFoundException");
    }
  }
}
