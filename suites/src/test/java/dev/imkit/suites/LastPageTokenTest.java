package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.Category;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.io.IOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A target may end a walk with its output token absent, null or an empty string: the AWS SDKs' paginators stop at
 * each. One that ends every list with {@code "nextToken": ""} passes every check that walks pages; before, the
 * REVISION checks that read an incident's related items sent the empty token back and failed on the 400.
 */
class LastPageTokenTest {
  /** The last page of every paginated operation says {@code "nextToken": ""} instead of leaving it out. */
  static UnaryOperator<Proxy.Answer> emptyTokenAtTheEnd() {
    return a -> {
      for (Operation op : Contract.current().operations()) {
        String token = op.paginator().map(p -> p.outputToken()).orElse(null);
        String call = a.request().method() + " " + a.request().pathAndQuery();
        if (token != null && a.status() == 200 && PoorTargetTest.route(op.name()).test(call)) {
          ObjectNode body = ErrorIdentificationTest.read(a.body());
          return body.has(token) ? a : a.with(a.status(), a.headers(), body.put(token, "").toString());
        }
      }
      return a;
    };
  }

  @Test
  void aTargetThatEndsItsListsWithAnEmptyTokenPassesEveryCheckThatWalksPages() throws IOException {
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), r -> r, emptyTokenAtTheEnd())) {
      Runs.Outcome outcome = Runs.run(Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id",
          "AKIDPROXY", "imkit.secret-access-key", "secret"), Category.PAGINATION, Category.STATE, Category.REVISION);

      assertThat(outcome.failedContainers()).isEmpty();
      assertThat(outcome.failures()).isEmpty();
      assertThat(outcome.passed()).contains("PAGE-WALK-ListRelatedItems", "PAGE-WALK-ListResponsePlans",
          "REV-ENUM-StartIncident-ItemType.TASK", "REV-ENUM-UpdateRelatedItems-ItemType.INVOLVED_RESOURCE",
          "STATE-LIST-INSERT-ListResponsePlans");
    }
  }
}
