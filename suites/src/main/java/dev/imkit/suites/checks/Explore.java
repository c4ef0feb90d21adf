package dev.imkit.suites.checks;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.api.Exploration;
import dev.imkit.suites.api.ExplorationProgress;
import dev.imkit.suites.api.ExplorationResult;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.explore.ExploreExtension;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Differential exploration as a JUnit test class, for builds that use the kit as a test dependency: one test
 * {@code STATE-EXPLORE} that reports how far it went, and one test per finding, named by its ID (MUST findings
 * fail, SHOULD ones are aborted as advisories, findings in the baseline as known). Configured like the checks,
 * with {@code imkit.explore.duration}, {@code imkit.explore.requests}, {@code imkit.explore.sequences} for the
 * budget. Opt in with {@code @SelectClasses(Explore.class)}: its name does not match the {@code .*Checks} pattern
 * suites select the checks with. While it runs, it publishes its progress line every second as the report entry
 * {@value #PROGRESS_KEY}.
 */
@ExtendWith(ExploreExtension.class)
public class Explore {
  /** The report entry key of the progress line. */
  public static final String PROGRESS_KEY = Exploration.PROGRESS_KEY;
  /** The ID of the test that reports how far the exploration went. */
  public static final String SUMMARY_ID = "STATE-EXPLORE";

  @TestFactory
  Stream<DynamicTest> explore(Settings settings, TestReporter reporter) {
    ExplorationResult result = Exploration.run(settings, p -> reporter.publishEntry(PROGRESS_KEY, p.line()));
    String id = settings.shard().isAll() ? SUMMARY_ID
        : SUMMARY_ID + "-SHARD-" + settings.shard().index() + "-OF-" + settings.shard().count();
    DynamicTest summary = DynamicTest.dynamicTest(id, () -> ExploreExtension.publish(summary(id, settings, result)));
    return Stream.concat(Stream.of(summary), result.findings().stream()
        .map(f -> DynamicTest.dynamicTest(f.id(), () -> finding(f))));
  }

  private static void finding(CheckResult f) {
    ExploreExtension.publish(f);
    if (f.status() == CheckStatus.ADVISORY) {
      throw new TestAbortedException("ADVISORY (SHOULD, not failing the run): " + f.message());
    }
    if (f.status() == CheckStatus.KNOWN) {
      throw new TestAbortedException("KNOWN FAILURE (in the baseline): " + f.message());
    }
    throw new AssertionFailedError(f.message());
  }

  private static CheckResult summary(String id, Settings settings, ExplorationResult result) {
    ExplorationProgress p = result.progress();
    String line = "explored " + p.line() + "; findings are the STATE-EXPLORE-* checks of this run";
    return new CheckResult(id, Category.STATE, List.of(), List.of(), Level.MUST, "", result.revision(),
        CheckStatus.PASS, p.elapsed().toMillis(), "", null, List.of(), -1, Long.toString(settings.seed()),
        (int) Math.min(Integer.MAX_VALUE, p.targetRequests()), "", List.of(line, "shard " + settings.shard()));
  }
}
