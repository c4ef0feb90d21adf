package dev.imkit.suites;

import dev.imkit.reports.api.Category;
import dev.imkit.suites.checks.ConformanceChecks;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A run in a JVM of its own (settings from {@code -Dimkit.*}), for the test that kills one. */
public final class ChildRun {
  private ChildRun() {
  }

  public static void main(String[] args) {
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(ConformanceChecks.select(Category.PROTOCOL), ConformanceChecks.select(Category.STATE)).build());
  }
}
