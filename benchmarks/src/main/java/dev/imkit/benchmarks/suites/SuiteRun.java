package dev.imkit.benchmarks.suites;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.suites.checks.ConformanceChecks;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The end-to-end figure: the full default conformance suite against the embedded emulator, in a fresh JVM, as
 * {@code imkit run} runs it. Prints, per category, its time, the requests its checks sent and checked (sent,
 * answered, validated, judged) and their rate; then the checks by status, the totals, and the rate two ways: by
 * check time (the requests over the sum of the checks' own durations, each from its start to its record published,
 * as JUnit sees it: the kit's cost per checked request) and for the whole process (over the wall time since the
 * JVM started: what a user waits for). Settings come from {@code -Dimkit.*} (e.g. {@code -Dimkit.tries=100} for
 * a request-bound run). The time before the first category is opening the run (emulator start, revision detection).
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.imkit.benchmarks.suites.SuiteRun}</pre>
 */
public final class SuiteRun {
  private SuiteRun() {
  }

  public static void main(String[] args) {
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    AtomicLong requests = new AtomicLong();
    AtomicLong testNanos = new AtomicLong();
    Map<String, Integer> statuses = new TreeMap<>();
    Map<String, Long> requestsByCategory = new java.util.concurrent.ConcurrentHashMap<>();
    long runStart = System.nanoTime();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(ConformanceChecks.class))
        .build(), new TestExecutionListener() {
          @Override
          public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            CheckResult.fromEntry(entry.getKeyValuePairs()).ifPresent(record -> {
              long sent = record.requests();
              requests.addAndGet(sent);
              requestsByCategory.merge(record.categoryName(), sent, Long::sum);
              synchronized (statuses) {
                statuses.merge(record.status().name(), 1, Integer::sum);
              }
            });
          }

          private final Map<String, Long> started = new java.util.concurrent.ConcurrentHashMap<>();

          @Override
          public void executionStarted(TestIdentifier test) {
            long now = System.nanoTime();
            started.put(test.getUniqueId(), now);
            // the checks start with the first category: the time before is opening the run
            if (category(test) != null) {
              started.putIfAbsent("checks", now);
            }
            // a category's first check: the time since its container started went to building its checks
            test.getParentId().filter(p -> !started.containsKey("first:" + p))
                .ifPresent(p -> started.put("first:" + p, now));
          }

          /** The category a container of the check class holds, or null for any other node. */
          private Category category(TestIdentifier test) {
            return test.isContainer() && test.getUniqueId().contains("[dynamic-container:")
                ? Category.valueOf(test.getDisplayName()) : null;
          }

          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            Long start = started.get(test.getUniqueId());
            Category category = category(test);
            if (start != null && test.isTest()) {
              testNanos.addAndGet(System.nanoTime() - start);
            }
            if (start != null && category != null) {
              double seconds = (System.nanoTime() - start) / 1e9;
              double opening = start.equals(started.get("checks")) ? (start - runStart) / 1e9 : 0;
              long sent = requestsByCategory.getOrDefault(category.name(), 0L);
              Long first = started.get("first:" + test.getUniqueId());
              double building = first == null ? 0 : (first - start) / 1e9;
              System.out.printf("  %-20s %6.1f s %7d requests %7.0f checked requests/s (%.2f s building its checks)"
                  + "%s%n", category, seconds, sent, sent / seconds, building, opening > 0.05
                  ? String.format(" (after %.1f s opening the run)", opening) : "");
            }

            if (test.isContainer() && result.getStatus() == TestExecutionResult.Status.FAILED) {
              System.out.println("container failed: " + test.getDisplayName() + ": "
                  + result.getThrowable().map(Throwable::getMessage).orElse(""));
            }
          }
        });
    double runSeconds = (System.nanoTime() - runStart) / 1e9;
    double wallSeconds = (System.currentTimeMillis() - started) / 1000.0;
    System.out.printf("checks by status: %s%n", statuses);
    System.out.printf("requests checked: %d in %.1f s of checks: %.0f checked requests/s%n", requests.get(),
        runSeconds, requests.get() / runSeconds);
    // each check's own start to finish as JUnit saw it (its record published), in nanoseconds: the records'
    // durations are whole milliseconds, and summing 800 of them cut short reads a quarter too fast
    double checkSeconds = testNanos.get() / 1e9;
    System.out.printf("by check time (each check's start to finish, summed): %.2f s: %.0f checked requests/s%n",
        checkSeconds, requests.get() / checkSeconds);
    System.out.printf("whole process (wall time, JVM start included): %.1f s: %.0f checked requests/s%n",
        wallSeconds, requests.get() / wallSeconds);
  }
}
