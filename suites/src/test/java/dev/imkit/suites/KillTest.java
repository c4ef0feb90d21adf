package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Inventory;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.api.Sweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL leaves its journal, from which the sweep removes everything that run made; a run
 * stopped with SIGTERM removes what it made itself.
 */
class KillTest {

  @Test
  void aKilledRunIsSweptFromItsJournal(@TempDir Path reports) throws Exception {
    try (Emulator account = Emulator.builder().start()) {
      Path journal = reports.resolve("journal.jsonl");
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-cp", System.getProperty("java.class.path"),
          "-Dimkit.endpoint=" + account.uri(), "-Dimkit.access-key-id=AKIDKILL",
          "-Dimkit.secret-access-key=secret", "-Dimkit.report-dir=" + reports, "-Dimkit.revision=2023-11-16",
          ChildRun.class.getName()));
      Process child = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(reports.resolve("child.log").toFile()).start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (createdLines(journal) < 6 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      assertThat(createdLines(journal)).as("the child's log: %s", Files.exists(reports.resolve("child.log"))
          ? Files.readString(reports.resolve("child.log")) : "").isGreaterThanOrEqualTo(6);
      assertThat(Files.readString(journal)).doesNotContain("\"phase\":\"cleaned\"");
      assertThat(account.inventory("123456789012", "us-east-1").isEmpty()).isFalse();

      int removed = Sweep.fromJournal(Settings.defaults().with(Map.of(Settings.ENDPOINT, account.uri().toString(),
          Settings.ACCESS_KEY_ID, "AKIDKILL", Settings.SECRET_ACCESS_KEY, "secret")), journal);

      Inventory after = account.inventory("123456789012", "us-east-1");
      assertThat(removed).isPositive();
      assertThat(after.responsePlanArns()).isEmpty();
      assertThat(after.incidentRecordArns()).isEmpty();
      assertThat(after.resourcePolicies()).isZero();
      assertThat(after.timelineEvents()).isZero();
    }
  }

  @Test
  void anInterruptedRunRemovesWhatItMadeOnItsWayOut(@TempDir Path reports) throws Exception {
    try (Emulator account = Emulator.builder().start()) {
      Path journal = reports.resolve("journal.jsonl");
      Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "-Dimkit.endpoint=" + account.uri(),
          "-Dimkit.access-key-id=AKIDTERM", "-Dimkit.secret-access-key=secret", "-Dimkit.report-dir=" + reports,
          "-Dimkit.revision=2023-11-16", ChildRun.class.getName())).redirectErrorStream(true)
          .redirectOutput(reports.resolve("child.log").toFile()).start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (createdLines(journal) < 6 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      child.destroy(); // SIGTERM, as Ctrl-C or a CI cancel sends
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(createdLines(journal)).isGreaterThanOrEqualTo(6);
      assertThat(Files.readString(journal)).contains("\"phase\":\"cleaned\"");
      Inventory after = account.inventory("123456789012", "us-east-1");
      assertThat(after.responsePlanArns()).isEmpty();
      assertThat(after.incidentRecordArns()).isEmpty();
    }
  }

  private static long createdLines(Path journal) throws Exception {
    return Files.exists(journal) ? Files.readAllLines(journal).stream()
        .filter(l -> l.contains("\"phase\":\"created\"")).count() : 0;
  }
}
