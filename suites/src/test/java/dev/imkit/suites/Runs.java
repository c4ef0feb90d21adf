package dev.imkit.suites;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.suites.checks.ConformanceChecks;
import org.junit.platform.engine.reporting.ReportEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Runs the checks with JUnit's EngineTestKit, the way a user's build runs them, and reads the outcome. */
public final class Runs {
  private Runs() {
  }

  /** Runs the categories' checks with the configuration parameters. */
  public static Outcome run(Map<String, String> parameters, Category... categories) {
    var request = EngineTestKit.engine("junit-jupiter").configurationParameters(parameters);
    Category[] chosen = categories.length == 0 ? Category.values() : categories;
    request.selectors(Arrays.stream(chosen).map(ConformanceChecks::select).toArray(
        org.junit.platform.engine.DiscoverySelector[]::new));
    return new Outcome(request.execute());
  }

  /** What a run produced. */
  public record Outcome(EngineExecutionResults results) {

    /** Check ID → failure message, for the checks that failed. */
    public Map<String, String> failures() {
      return finished(TestExecutionResult.Status.FAILED);
    }

    public Map<String, String> aborted() {
      return finished(TestExecutionResult.Status.ABORTED);
    }

    public SortedSet<String> passed() {
      return new TreeSet<>(finished(TestExecutionResult.Status.SUCCESSFUL).keySet());
    }

    /** Containers (the check class, its categories) that failed: a configuration error, the target unreachable. */
    public Map<String, String> failedContainers() {
      return results.containerEvents().failed().stream().collect(Collectors.toMap(
          e -> e.getTestDescriptor().getDisplayName(), Outcome::message, (a, b) -> a, TreeMap::new));
    }

    private Map<String, String> finished(TestExecutionResult.Status status) {
      return results.testEvents().finished().stream()
          .filter(e -> e.getPayload(TestExecutionResult.class).map(r -> r.getStatus() == status).orElse(false))
          .collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(), Outcome::message, (a, b) -> a,
              TreeMap::new));
    }

    private static String message(Event e) {
      return e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
          .map(Throwable::getMessage).orElse("");
    }

    /** The records the checks published, in the order they finished. */
    public List<CheckResult> records() {
      return reportEntries().stream().map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()
          .get(CheckResult.ENTRY_KEY)).filter(java.util.Objects::nonNull).map(CheckResult::fromJson).toList();
    }

    public List<Event> reportEntries() {
      return results.allEvents().stream().filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED).toList();
    }
  }
}
