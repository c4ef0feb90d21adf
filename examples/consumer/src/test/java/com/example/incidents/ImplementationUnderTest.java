package com.example.incidents;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.EmulatorBuilder;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the implementation under test once per test run, on a free port, and tells imkit where it is
 * ({@code imkit.endpoint}, read by the kit from system properties like any JUnit configuration parameter).
 * {@code -Dexample.fault=NAME} starts it with one of its deliberate bugs, to see the kit catch it.
 */
public final class ImplementationUnderTest implements LauncherSessionListener {
  private Emulator server;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    EmulatorBuilder builder = Emulator.builder();
    String fault = System.getProperty("example.fault", "");
    if (!fault.isBlank()) {
      builder = builder.fault(fault);
    }
    server = builder.start();
    System.setProperty("imkit.endpoint", server.uri().toString());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (server != null) {
      server.close();
    }
  }
}
