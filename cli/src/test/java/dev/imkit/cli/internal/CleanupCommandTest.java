package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imkit cleanup} removes what a run journaled, and refuses bad input with one line. */
class CleanupCommandTest {

  @Test
  void aJournalIsSweptAndTheCountPrinted(@TempDir Path dir) throws Exception {
    try (Emulator emulator = Emulator.builder().start()) {
      String arn = "arn:aws:ssm-incidents::123456789012:response-plan/left-behind";
      java.nio.file.Files.writeString(dir.resolve("journal.jsonl"), """
          {"run":"imkit-x","phase":"intent","operation":"CreateResponsePlan","n":1,"ids":{"name":"left-behind"}}
          {"run":"imkit-x","phase":"created","operation":"CreateResponsePlan","n":1,"ids":{"arn":"%s"}}
          {"run":"imkit-x","phase":"intent","operation":"StartIncident","n":2,"ids":{"responsePlanArn":""".formatted(arn));
      try (var sdk = software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient.builder()
          .endpointOverride(emulator.uri()).region(software.amazon.awssdk.regions.Region.US_EAST_1)
          .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
          .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
              software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKID", "x"))).build()) {
        sdk.createResponsePlan(r -> r.name("left-behind").incidentTemplate(t -> t.title("t").impact(3)));
      }
      Cli.Outcome result = Cli.run("cleanup", "--journal", dir.resolve("journal.jsonl").toString(), "--endpoint",
          emulator.uri().toString(), "--access-key-id", "AKID", "--secret-access-key", "x");
      assertThat(result.exitCode()).isEqualTo(ExitCode.PASS);
      assertThat(result.out()).contains("imkit cleanup: removed 1 resource from " + emulator.uri());
      assertThat(emulator.inventory("123456789012", "us-east-1").responsePlanArns()).isEmpty();
    }
  }

  @Test
  void aMissingJournalIsOneLine(@TempDir Path dir) {
    Cli.Outcome result = Cli.run("cleanup", "--journal", dir.resolve("nope.jsonl").toString(), "--endpoint",
        "http://127.0.0.1:9");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err().strip()).doesNotContain("\n").contains("does not exist");
  }
}
