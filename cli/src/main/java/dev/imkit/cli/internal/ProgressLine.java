package dev.imkit.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The live progress line on standard error: checks done out of the expected total, failures so far, elapsed
 * time. On a terminal it is redrawn in place every second and after each check; otherwise (a CI log) a line is
 * written every few seconds, so logs stay short but a slow run still shows it is alive.
 */
final class ProgressLine implements TestExecutionListener, AutoCloseable {
  private static final Duration LOG_EVERY = Duration.ofSeconds(5);
  private final PrintWriter err;
  private final boolean terminal;
  private final IntSupplier expected;
  private final long startNanos = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private String lastLogged = "";
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "imkit-progress");
    t.setDaemon(true);
    return t;
  });

  ProgressLine(PrintWriter err, boolean terminal, int expected) {
    this(err, terminal, () -> expected);
  }

  /** A line whose expected total may come later: until it does, the checks done so far are the total shown. */
  ProgressLine(PrintWriter err, boolean terminal, IntSupplier expected) {
    this.err = err;
    this.terminal = terminal;
    this.expected = expected;
    long every = terminal ? 1000 : LOG_EVERY.toMillis();
    ticker.scheduleAtFixedRate(this::draw, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!test.isTest()) {
      return;
    }
    done.incrementAndGet();
    if (result.getStatus() == TestExecutionResult.Status.FAILED) {
      failed.incrementAndGet();
    }
    if (terminal) {
      draw();
    }
  }

  /** The line as it stands, e.g. {@code 42/120 checks, 3 failed, 12s}. */
  String line() {
    int d = done.get();
    return d + "/" + Math.max(d, expected.getAsInt()) + " checks, " + failed.get() + " failed, " + elapsed();
  }

  /** The last line: the expected total was an estimate, what ran is the total now. */
  String finalLine() {
    int d = done.get();
    return d + "/" + d + " checks, " + failed.get() + " failed, " + elapsed();
  }

  String elapsed() {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    return seconds < 60 ? seconds + "s" : seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s";
  }

  private synchronized void draw() {
    if (terminal) {
      err.print("\r" + line() + "   ");
    } else {
      lastLogged = line();
      err.println("imkit: " + lastLogged);
    }
    err.flush();
  }

  /** Stops the ticker and leaves the final state on its own line. */
  @Override
  public synchronized void close() {
    ticker.shutdownNow();
    String last = finalLine();
    if (terminal || !last.equals(lastLogged)) {
      // a CI log that just got this line from the ticker does not get it twice
      err.println((terminal ? "\r" : "imkit: ") + last + (terminal ? "   " : ""));
    }
    err.flush();
  }
}
