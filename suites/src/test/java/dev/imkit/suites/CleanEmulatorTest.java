package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A correct implementation passes: the reference emulator, run as each of these revisions and detected as it,
 * passes every check of every category (the SECURITY profile included) with no failure and no advisory.
 */
class CleanEmulatorTest {

  @ParameterizedTest
  @ValueSource(strings = {"2023-11-16", "2022-11-16", "2022-05-12", "2022-03-16"})
  void theWholeSuitePasses(String revision) {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.revision", revision, "imkit.profile", "security"));
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted().values()).noneMatch(m -> m.startsWith("ADVISORY"));
    assertThat(outcome.passed()).hasSizeGreaterThan(20);
    assertThat(outcome.records()).isNotEmpty().allSatisfy(r -> assertThat(r.revision()).isEqualTo(revision));
    assertThat(outcome.records()).noneMatch(r -> r.status() == dev.imkit.reports.api.CheckStatus.BLOCKED);
  }
}
