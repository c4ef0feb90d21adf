package dev.imkit.suites;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.suites.checks.ProtocolChecks;
import dev.imkit.suites.checks.StateChecks;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A run in a JVM of its own (settings from {@code -Dimkit.*}), for the test that kills one. */
public final class ChildRun {
  private ChildRun() {
  }

  public static void main(String[] args) {
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(ProtocolChecks.class), selectClass(StateChecks.class)).build());
  }
}
