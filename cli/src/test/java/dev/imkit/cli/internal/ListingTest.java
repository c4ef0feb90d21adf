package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.schemas.api.Revisions;
import org.junit.jupiter.api.Test;

/** The listing commands print what the kit knows: checks, revisions, version, help. */
class ListingTest {

  @Test
  void checksPrintsTheCatalogue() {
    Cli.Outcome outcome = Cli.run("checks", "--category", "protocol");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).containsPattern("PROTO-SUCCESS-GetResponsePlan +MUST +\\d{4}-\\d\\d-\\d\\d +GetResponsePlan")
        .containsPattern("\\d+ checks at revision " + Revisions.current().name() + " in category PROTOCOL");
  }

  @Test
  void checksAtAnOlderRevisionHaveNoLaterOperation() {
    String old = Cli.run("checks", "--revision", Revisions.all().get(0).name()).out();
    String now = Cli.run("checks").out();
    assertThat(now).contains("PROTO-SUCCESS-BatchGetIncidentFindings");
    assertThat(old).doesNotContain("PROTO-SUCCESS-BatchGetIncidentFindings");
  }

  @Test
  void revisionsPrintsEveryRevisionWithItsChanges() {
    Cli.Outcome outcome = Cli.run("revisions");
    assertThat(outcome.exitCode()).isZero();
    Revisions.all().forEach(r -> assertThat(outcome.out()).contains(r.name() + "  " + r.operationCount() + " operations"));
    assertThat(outcome.out()).contains("  - ItemType: enum values added [")
        .contains(Revisions.current().name() + "  31 operations");
  }

  @Test
  void versionAndHelp() {
    assertThat(Cli.run("--version").out()).startsWith("imkit 0.1.0-SNAPSHOT");
    Cli.Outcome help = Cli.run("run", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--endpoint=URL", "--only=SEL", "--report-dir=DIR", "Examples:", "Exit codes");
    for (String command : new String[] {"emulator", "report", "revisions", "checks"}) {
      assertThat(Cli.run(command, "--help").out()).as(command).contains("Usage: imkit " + command, "Examples:");
    }
  }
}
