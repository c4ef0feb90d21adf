package dev.imkit.cli.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.suites.api.Exploration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Shows an exploration as it goes and keeps what it found: the progress line it publishes (redrawn in place on a
 * terminal, a line every few seconds in a CI log) and the records of its tests.
 */
final class ExploreListener implements TestExecutionListener, AutoCloseable {
  private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
  private final PrintWriter err;
  private final boolean terminal;
  private final List<CheckResult> records = new ArrayList<>();
  private String last = "";
  private long logged;

  ExploreListener(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    String line = entry.getKeyValuePairs().get(Exploration.PROGRESS_KEY);
    if (line != null) {
      last = line;
      if (terminal) {
        err.print("\r" + line + "   ");
        err.flush();
      } else if (System.nanoTime() - logged > LOG_EVERY_NANOS) {
        logged = System.nanoTime();
        err.println("imkit: " + line);
        err.flush();
      }
    }
    String record = entry.getKeyValuePairs().get(CheckResult.ENTRY_KEY);
    if (record != null) {
      records.add(CheckResult.fromJson(record));
    }
  }

  /** The records of the exploration's tests: its summary and its findings. */
  synchronized List<CheckResult> records() {
    return List.copyOf(records);
  }

  /** Leaves the last progress line on its own line. */
  @Override
  public synchronized void close() {
    if (!last.isEmpty()) {
      err.println((terminal ? "\r" : "imkit: ") + last + (terminal ? "   " : ""));
      err.flush();
    }
  }
}
