package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.Category;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Paginator;
import java.io.IOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/**
 * {@code maxResults} is a maximum: a target may list one item a page however many it is asked for, and a client
 * must follow the tokens to the end. Such a target passes every check that reads a list; before, the related-items
 * checks read only the first page, and walks stopped after a fixed number of pages though each brought new items.
 */
class SmallPagesTest {
  /** Every list call asks for one item a page, unless it asks for a size the model refuses (a VALIDATION break). */
  static UnaryOperator<Proxy.Request> onePerPage() {
    return r -> {
      for (Operation op : Contract.current().operations()) {
        if (op.paginator().isEmpty() || !PoorTargetTest.route(op.name()).test(r.method() + " " + r.pathAndQuery())
            || r.body().isEmpty()) {
          continue;
        }
        Paginator p = op.paginator().get();
        ObjectNode body = ErrorIdentificationTest.read(r.body());
        JsonNode size = body.get(p.pageSize());
        long max = Contract.current().shape(Contract.current().shape(op.input()).members().get(p.pageSize()).target())
            .max().orElse(100);
        if (size == null || size.isIntegralNumber() && size.asLong() >= 1 && size.asLong() <= max) {
          return r.withBody(body.put(p.pageSize(), 1).toString());
        }
      }
      return r;
    };
  }

  @Test
  void aTargetThatListsOneItemAPagePassesEveryCheckThatReadsAList() throws IOException {
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), onePerPage(), a -> a)) {
      startIncidents(emulator, 60);
      Runs.Outcome outcome = Runs.run(Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id",
          "AKIDPROXY", "imkit.secret-access-key", "secret"), Category.STATE, Category.PAGINATION);

      assertThat(outcome.failedContainers()).isEmpty();
      assertThat(outcome.failures()).isEmpty();
      // the filters' walks pass more than 50 pages of one incident each, every page a new one
      assertThat(outcome.passed()).contains("STATE-START-StartIncident-relatedItems", "STATE-ADD-UpdateRelatedItems",
          "STATE-REMOVE-UpdateRelatedItems", "STATE-FILTER-ListIncidentRecords-status", "PAGE-WALK-ListIncidentRecords");
    }
  }

  /** Open incidents there before the run, so that a walk of one incident a page is longer than 50 pages. */
  private static void startIncidents(Emulator account, int count) {
    try (SsmIncidentsClient sdk = SsmIncidentsClient.builder().endpointOverride(account.uri())
        .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPROXY", "secret")))
        .build()) {
      String plan = sdk.createResponsePlan(r -> r.name("small-pages").incidentTemplate(t -> t.title("small pages")
          .impact(3))).arn();
      for (int i = 0; i < count; i++) {
        sdk.startIncident(r -> r.responsePlanArn(plan));
      }
    }
  }
}
