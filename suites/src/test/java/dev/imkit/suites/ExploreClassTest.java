package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Inventory;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Exploration;
import dev.imkit.suites.api.ExplorationResult;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.checks.Explore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.assertj.core.api.Assertions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/**
 * The exploration as a test dependency's users run it ({@code @SelectClasses(Explore.class)}), and against a
 * live target, where the guards of a run apply unchanged: no allowlisted account, no write; with one, the
 * request budget holds, creations are journaled and everything made is removed.
 */
class ExploreClassTest {
  @TempDir
  Path reports;

  @Test
  void theTestClassReportsOneTestPerFindingAndItsProgress() {
    Runs.Outcome outcome = new Runs.Outcome(EngineTestKit.engine("junit-jupiter").configurationParameters(Map.of(
        "imkit.seed", "3", "imkit.emulator.faults", "delete-leaves-in-lists", "imkit.explore.sequences", "200"))
        .selectors(selectClass(Explore.class)).execute());
    assertThat(outcome.passed()).containsExactly(Explore.SUMMARY_ID);
    assertThat(outcome.failures().keySet()).isNotEmpty().allMatch(id -> id.startsWith("STATE-EXPLORE-LISTED-Delete"));
    assertThat(outcome.records()).extracting(CheckResult::id).contains(Explore.SUMMARY_ID)
        .containsAll(outcome.failures().keySet());
    assertThat(outcome.records()).filteredOn(r -> r.id().equals(Explore.SUMMARY_ID)).singleElement()
        .satisfies(r -> assertThat(r.notes().get(0)).startsWith("explored 200 sequences"));
    assertThat(outcome.reportEntries()).anyMatch(e -> e.getPayload(ReportEntry.class).orElseThrow()
        .getKeyValuePairs().containsKey(Explore.PROGRESS_KEY));
  }

  @Test
  void aLiveTargetIsNotWrittenWithoutItsAccountAllowed() {
    try (Emulator account = Emulator.builder().start()) {
      String existing = replicationSet(account);
      Assertions.assertThatThrownBy(() -> Exploration.run(live(account).with(Settings.EXPLORE_SEQUENCES, "5")))
          .isInstanceOf(ConfigurationException.class).hasMessageContaining("imkit.allow-accounts");
      assertThat(account.inventory("123456789012", "us-east-1").responsePlanArns()).isEmpty();
      assertThat(account.inventory("123456789012", "us-east-1").replicationSetArns()).containsExactly(existing);
    }
  }

  @Test
  void aLiveTargetGetsTheBudgetTheJournalAndTheCleanUpOfARun() throws Exception {
    try (Emulator account = Emulator.builder().start()) {
      String existing = replicationSet(account);
      ExplorationResult result = Exploration.run(live(account).with(Map.of(Settings.ALLOW_ACCOUNTS, "123456789012",
          Settings.EXPLORE_REQUESTS, "150", Settings.REPORT_DIR, reports.toString())));
      assertThat(result.findings()).isEmpty();
      // one sequence at a time: the budget is overshot by at most what one sequence and the clean-up send
      assertThat(result.progress().targetRequests()).isBetween(150L, 150L + 80);
      List<String> journal = Files.readAllLines(reports.resolve("journal.jsonl"));
      assertThat(journal).anyMatch(l -> l.contains("\"phase\":\"created\"") && l.contains("CreateResponsePlan"))
          .last().asString().contains("\"phase\":\"cleaned\"");
      Inventory left = account.inventory("123456789012", "us-east-1");
      assertThat(left.responsePlanArns()).isEmpty();
      assertThat(left.incidentRecordArns()).isEmpty();
      // the account's own replication set is neither changed nor removed: the run did not create it
      assertThat(left.replicationSetArns()).containsExactly(existing);
    }
  }

  /** The account's replication set, there before the run (the live guard learns the account from its ARN). */
  private static String replicationSet(Emulator account) {
    try (SsmIncidentsClient sdk = SsmIncidentsClient.builder().endpointOverride(account.uri())
        .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLIVE", "secret")))
        .build()) {
      return sdk.createReplicationSet(r -> r.regions(Map.of("us-east-1",
          software.amazon.awssdk.services.ssmincidents.model.RegionMapInputValue.builder().build()))).arn();
    }
  }

  private static Settings live(Emulator account) {
    return Settings.defaults().with(Map.of(Settings.ENDPOINT, account.uri().toString(), Settings.ACCESS_KEY_ID,
        "AKIDLIVE", Settings.SECRET_ACCESS_KEY, "secret", Settings.LIVE, "true", Settings.RATE_LIMIT, "0",
        Settings.SEED, "5"));
  }

}
