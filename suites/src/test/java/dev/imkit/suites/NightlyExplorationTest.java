package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Exploration;
import dev.imkit.suites.api.ExplorationResult;
import dev.imkit.suites.api.Settings;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The long run, outside the default build: at every revision, the clean emulator explored for
 * {@code imkit.nightly.duration} (default 10 minutes) with no finding at all.
 *
 * <pre>{@code
 * mvn -pl suites test -Dtest=NightlyExplorationTest -Dimkit.nightly=true -Dimkit.nightly.duration=10m
 * }</pre>
 */
@EnabledIfSystemProperty(named = "imkit.nightly", matches = "true")
class NightlyExplorationTest {

  static Stream<String> revisions() {
    String only = System.getProperty("imkit.nightly.revisions", "");
    return Revisions.all().stream().map(Revision::name).filter(r -> only.isEmpty() || only.contains(r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("revisions")
  void theCleanEmulatorShowsNothingOverALongRun(String revision) {
    // held to the revision it runs as: three revisions cannot be told from the next by any request
    ExplorationResult result = Exploration.run(Settings.defaults().with(Settings.EMULATOR_REVISION, revision)
        .with(Settings.REVISION, revision)
        .with(Settings.EXPLORE_DURATION, System.getProperty("imkit.nightly.duration", "10m")),
        p -> System.err.println(revision + ": " + p.line()));
    System.out.println(revision + ": " + result.progress().line());
    assertThat(result.revision()).isEqualTo(revision);
    assertThat(result.findings()).extracting(CheckResult::message).isEmpty();
    assertThat(result.progress().sequences()).isGreaterThan(100);
  }
}
