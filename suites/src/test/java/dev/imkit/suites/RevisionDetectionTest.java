package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.revision.Probes;
import dev.imkit.suites.internal.session.Run;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Which revisions have validation probes, and the REVISION, SDK and SECURITY checks against older emulators
 * detected automatically (DetectionTest holds the detection table itself).
 */
class RevisionDetectionTest {

  @Test
  void revisionsWithoutProbesAreThoseNoRequestCanShow() {
    assertThat(Probes.of(Revisions.named("2022-07-05"))).isEmpty();
    assertThat(Probes.of(Revisions.named("2022-03-16"))).isEmpty();
    assertThat(Probes.of(Revisions.named("2022-05-12"))).extracting(p -> p.operation())
        .containsExactlyInAnyOrder("StartIncident", "UpdateRelatedItems");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-03-16", "2022-05-12", "2022-11-16"})
  void everyCheckOfTheseCategoriesPassesAgainstAnOlderEmulatorDetectedAutomatically(String emulated) {
    Runs.Outcome outcome = Runs.run(Map.of(Settings.EMULATOR_REVISION, emulated, Settings.PROFILE, "security"),
        Category.REVISION, Category.SDK, Category.SECURITY);
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted().values()).noneMatch(m -> m.startsWith("ADVISORY") || m.startsWith("KNOWN"));
    assertThat(outcome.passed()).contains("REV-DETECT", "SDK-CALL-StartIncident", "SEC-UNSIGNED");
  }
}
