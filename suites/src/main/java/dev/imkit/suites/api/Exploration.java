package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.suites.internal.explore.Explorer;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Differential exploration ({@code imkit explore}): random sequences over every operation, drawn by jqwik, sent to
 * the target and in lock step to the reference emulator at the target's revision, judged on what the contract
 * fixes (statuses, error types, members written then read, list membership, tags, walks through pages), each
 * finding shrunk to a shortest sequence. The target is opened as for a run: the account guard, journal,
 * clean-up, rate limit and request budget apply. The budget comes from {@code imkit.explore.*} settings; the
 * sequences of a shard from {@code imkit.shard}.
 *
 * <pre>{@code
 * ExplorationResult result = Exploration.run(Settings.defaults()
 *     .with(Settings.ENDPOINT, "http://localhost:4566").with(Settings.EXPLORE_DURATION, "2m"),
 *     progress -> System.err.println(progress.line()));
 * result.findings().forEach(f -> System.out.println(f.id() + ": " + f.message()));
 * }</pre>
 *
 * <p>In a build that uses the kit as a test dependency, the JUnit test class {@value #TEST_CLASS} runs it, one test
 * per finding.
 */
@API(status = EXPERIMENTAL)
public final class Exploration {
  /** The JUnit test class that runs an exploration (select it by name: it is not API). */
  public static final String TEST_CLASS = "dev.imkit.suites.checks.Explore";
  /** The key of the report entries in which that class publishes its progress line. */
  public static final String PROGRESS_KEY = "imkit.explore.progress";

  private Exploration() {
  }

  /** Explores within the settings' budget; {@code progress} hears how far it is, every second and at the end. */
  public static ExplorationResult run(Settings settings, Consumer<ExplorationProgress> progress) {
    return new Explorer(settings, progress).run();
  }

  /** Explores within the settings' budget. */
  public static ExplorationResult run(Settings settings) {
    return run(settings, p -> { });
  }
}
