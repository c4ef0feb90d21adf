package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Inventory;
import dev.imkit.reports.api.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/**
 * The kit forced into live mode ({@code imkit.live=true}) against an emulator that stands for a real account
 * holding a replication set of its own: without the allowlist nothing is written; with it, the run cleans up
 * everything it made and leaves what was there.
 */
class LiveSafetyTest {
  private static final String ACCOUNT = "123456789012";
  private Emulator account;
  private String existingReplicationSet;

  @BeforeEach
  void anAccountWithAReplicationSet() {
    account = Emulator.builder().start();
    try (SsmIncidentsClient sdk = SsmIncidentsClient.builder().endpointOverride(account.uri())
        .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLIVE", "secret")))
        .build()) {
      existingReplicationSet = sdk.createReplicationSet(r -> r.regions(Map.of("us-east-1",
          software.amazon.awssdk.services.ssmincidents.model.RegionMapInputValue.builder().build()))).arn();
    }
  }

  @AfterEach
  void close() {
    account.close();
  }

  private Map<String, String> live(Map<String, String> more) {
    Map<String, String> settings = new HashMap<>(Map.of("imkit.endpoint", account.uri().toString(),
        "imkit.access-key-id", "AKIDLIVE", "imkit.secret-access-key", "secret", "imkit.live", "true",
        "imkit.rate-limit", "0"));
    settings.putAll(more);
    return settings;
  }

  @Test
  void withoutTheAllowlistTheRunStopsBeforeAnyWrite() {
    Runs.Outcome outcome = Runs.run(live(Map.of()), Category.PROTOCOL);
    assertThat(outcome.passed()).isEmpty();
    assertThat(outcome.failedContainers().values()).singleElement().asString()
        .contains("is live (account " + ACCOUNT + ") and that account is not in imkit.allow-accounts")
        .contains("nothing was written");
    assertThat(untouched()).isTrue();
  }

  @Test
  void withTheAllowlistTheRunRemovesAllItMade(@TempDir Path reports) throws Exception {
    Runs.Outcome outcome = Runs.run(live(Map.of("imkit.allow-accounts", ACCOUNT,
        "imkit.report-dir", reports.toString())), Category.PROTOCOL);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.passed()).isNotEmpty();
    assertThat(untouched()).as("the account after the run: %s", account.inventory(ACCOUNT, "us-east-1")).isTrue();
    List<String> journal = Files.readAllLines(reports.resolve("journal.jsonl"));
    assertThat(journal).anyMatch(l -> l.contains("\"phase\":\"intent\"") && l.contains("CreateResponsePlan"));
    assertThat(journal).anyMatch(l -> l.contains("\"phase\":\"created\"") && l.contains("StartIncident"));
    assertThat(journal.get(journal.size() - 1)).contains("\"phase\":\"cleaned\"");
  }

  @Test
  void theReadonlyProfileWritesNothingAndNeedsNoAllowlist() {
    Runs.Outcome outcome = Runs.run(live(Map.of("imkit.profile", "readonly")), Category.PROTOCOL);
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.passed()).contains("PROTO-SUCCESS-ListResponsePlans", "PROTO-SUCCESS-ListIncidentRecords");
    assertThat(untouched()).isTrue();
  }

  @Test
  void theRequestBudgetSkipsWhatItCannotPay() {
    Runs.Outcome outcome = Runs.run(live(Map.of("imkit.allow-accounts", ACCOUNT, "imkit.request-budget", "80")),
        Category.PROTOCOL);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted().values()).anyMatch(m -> m.contains("request budget (imkit.request-budget=80)"));
  }

  @Test
  void sweepingAllRunsRemovesWhatCarriesARunTagAndNothingElse() {
    try (SsmIncidentsClient sdk = sdk()) {
      sdk.createResponsePlan(r -> r.name("left-by-a-run").incidentTemplate(t -> t.title("t").impact(3))
          .tags(Map.of("imkit-run", "imkit-0badc0de")));
      sdk.createResponsePlan(r -> r.name("the-owners-own").incidentTemplate(t -> t.title("t").impact(3)));
    }
    int removed = dev.imkit.suites.api.Sweep.allRuns(dev.imkit.suites.api.Settings.defaults().with(live(Map.of(
        "imkit.allow-accounts", ACCOUNT))));
    assertThat(removed).isEqualTo(1);
    assertThat(account.inventory(ACCOUNT, "us-east-1").responsePlanArns())
        .containsExactly("arn:aws:ssm-incidents::" + ACCOUNT + ":response-plan/the-owners-own");
  }

  private SsmIncidentsClient sdk() {
    return SsmIncidentsClient.builder().endpointOverride(account.uri()).region(Region.US_EAST_1)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLIVE", "secret")))
        .build();
  }

  private boolean untouched() {
    Inventory inv = account.inventory(ACCOUNT, "us-east-1");
    return inv.responsePlanArns().isEmpty() && inv.incidentRecordArns().isEmpty()
        && inv.replicationSetArns().equals(List.of(existingReplicationSet)) && inv.resourcePolicies() == 0;
  }
}
