package dev.imkit.cli.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.suites.api.Settings;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the checks ({@code dev.imkit.suites.checks.ConformanceChecks}) on the JUnit Platform, exactly as a user's
 * build would, with the run's settings as configuration parameters.
 */
final class SuiteLauncher {
  /** The one check class, named rather than referenced: the CLI uses the suites' api only. */
  static final String CHECKS = "dev.imkit.suites.checks.ConformanceChecks";
  /** The exploration's test class, likewise. */
  static final String EXPLORE = dev.imkit.suites.api.Exploration.TEST_CLASS;

  private SuiteLauncher() {
  }

  /** The configuration parameters of a run: every setting, so the suites see exactly what was checked here. */
  static Map<String, String> parameters(Settings settings) {
    return new TreeMap<>(settings.values());
  }

  /**
   * The request that runs one test class of the suites: {@link #CHECKS} (one container per category, in the
   * order of {@code Category}: the order of the run and its tables) or {@link #EXPLORE}.
   */
  static LauncherDiscoveryRequest request(Settings settings, String testClass) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(testClass))
        // only Jupiter runs the checks; other engines on the class path (ArchUnit, jqwik) have nothing to add
        .filters(EngineFilter.includeEngines("junit-jupiter"))
        .configurationParameters(parameters(settings))
        .build();
  }

  /** Runs one test class of the suites; the listeners see every event. */
  static void run(Settings settings, String testClass, List<TestExecutionListener> listeners) {
    // the listeners are exactly ours: one registered through ServiceLoader would write a second set of files
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false).build());
    launcher.execute(request(settings, testClass), listeners.toArray(TestExecutionListener[]::new));
  }

  /**
   * How many checks a run is expected to have, for the progress line, counted on a thread of its own beside the
   * run's start: counting builds every check once, the better part of a second before the first request when done
   * first (the checks' generators share their caches, made for concurrent use). 0 until counted, or if it fails.
   */
  static IntSupplier expectedChecksLater(Settings settings) {
    CompletableFuture<Integer> count = new CompletableFuture<>();
    Thread counter = new Thread(() -> {
      try {
        count.complete(expectedChecks(settings));
      } catch (RuntimeException | LinkageError e) {
        count.complete(0);
      }
    }, "imkit-count");
    counter.setDaemon(true);
    counter.start();
    return () -> count.getNow(0);
  }

  /** How many checks a run is expected to have, for the progress line (the revision may still be detected). */
  static int expectedChecks(Settings settings) {
    String revision = !settings.revision().equals("auto") ? settings.revision()
        : settings.endpoint().isEmpty() ? settings.emulatorRevision() : Revisions.current().name();
    return Catalogue.at(revision).size();
  }
}
