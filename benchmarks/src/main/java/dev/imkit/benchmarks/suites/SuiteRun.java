package dev.imkit.benchmarks.suites;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

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
 * {@code imkit run} runs it. Prints the wall time since the JVM started, the checks by status, the requests the
 * checks sent and checked (sent, answered, validated, judged) and their rate. Settings come from {@code -Dimkit.*}.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.imkit.benchmarks.suites.SuiteRun}</pre>
 */
public final class SuiteRun {
  private SuiteRun() {
  }

  public static void main(String[] args) {
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    AtomicLong requests = new AtomicLong();
    Map<String, Integer> statuses = new TreeMap<>();
    long runStart = System.nanoTime();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectPackage("dev.imkit.suites.checks"))
        .filters(includeClassNamePatterns(".*Checks"))
        .build(), new TestExecutionListener() {
          @Override
          public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            Map<String, String> values = entry.getKeyValuePairs();
            if (values.containsKey("imkit.check")) {
              requests.addAndGet(Long.parseLong(values.getOrDefault("imkit.requests", "0")));
              synchronized (statuses) {
                statuses.merge(values.get("imkit.status"), 1, Integer::sum);
              }
            }
          }

          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
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
    System.out.printf("wall time, JVM start included: %.1f s%n", wallSeconds);
  }
}
