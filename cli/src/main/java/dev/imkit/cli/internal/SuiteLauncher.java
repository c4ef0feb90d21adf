package dev.imkit.cli.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the check classes of {@code dev.imkit.suites.checks} on the JUnit Platform, exactly as a user's build
 * would, with the run's settings as configuration parameters.
 */
final class SuiteLauncher {
  private static final String CHECKS_PACKAGE = "dev.imkit.suites.checks.";

  private SuiteLauncher() {
  }

  /** The check class of each category: {@code PROTOCOL} is {@code dev.imkit.suites.checks.ProtocolChecks}. */
  static List<String> checkClasses() {
    return Arrays.stream(Category.values()).map(c -> CHECKS_PACKAGE + c.name().charAt(0)
        + c.name().substring(1).toLowerCase(Locale.ROOT) + "Checks").toList();
  }

  /** The configuration parameters of a run: every setting, so the suites see exactly what was checked here. */
  static Map<String, String> parameters(Settings settings) {
    return new TreeMap<>(settings.values());
  }

  static LauncherDiscoveryRequest request(Settings settings) {
    DiscoverySelector[] selectors = checkClasses().stream().map(name -> selectClass(name))
        .toArray(DiscoverySelector[]::new);
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectors)
        // only Jupiter runs the checks; other engines on the class path (ArchUnit, jqwik) have nothing to add
        .filters(EngineFilter.includeEngines("junit-jupiter"))
        .configurationParameters(parameters(settings))
        .build();
  }

  /** Runs the suites; the listeners see every event. */
  static void run(Settings settings, List<TestExecutionListener> listeners) {
    // the listeners are exactly ours: one registered through ServiceLoader would write a second set of files
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false).build());
    launcher.execute(request(settings), listeners.toArray(TestExecutionListener[]::new));
  }

  /** How many checks a run is expected to have, for the progress line (the revision may still be detected). */
  static int expectedChecks(Settings settings) {
    String revision = !settings.revision().equals("auto") ? settings.revision()
        : settings.endpoint().isEmpty() ? settings.emulatorRevision() : Revisions.current().name();
    return Catalogue.at(revision).size();
  }
}
