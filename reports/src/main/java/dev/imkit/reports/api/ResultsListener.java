package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.STABLE;

import dev.imkit.reports.internal.EntryMapping;
import dev.imkit.reports.internal.ListenerSettings;
import dev.imkit.reports.internal.Redaction;
import dev.imkit.reports.internal.ResultsFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A JUnit Platform listener that writes {@code results.jsonl} (one {@link CheckResult} per finished check,
 * flushed as it goes) from the record each check publishes ({@link CheckResult#ENTRY_KEY}). A test or container that
 * failed without publishing one (e.g. a suite that could not reach its target) is recorded from its execution
 * result. Text is redacted again on the way out: Authorization and X-Amz-Security-Token values, SigV4
 * signatures, and the secrets it is given; request, response and message are capped at 64 KiB each.
 *
 * <pre>{@code
 * ResultsListener results = ResultsListener.writingTo(Path.of("target/imkit"))
 *     .withSecrets(List.of(secretKey))
 *     .withProgress(p -> System.err.print("\r" + p.line()));
 * launcher.execute(request, results);
 * }</pre>
 *
 * <p>Registered through {@code ServiceLoader} (the no-argument constructor), it writes to the configuration
 * parameter {@code imkit.report-dir} (default {@code target/imkit}) and masks the secrets in
 * {@code imkit.secret-access-key}, {@code imkit.session-token} and their {@code IMKIT_*} and {@code AWS_*}
 * environment variables.
 */
@API(status = STABLE)
public final class ResultsListener implements TestExecutionListener {
  private final Path directory;
  private final Set<String> secrets;
  private final Consumer<Progress> progress;

  private final Map<String, CheckResult> published = new ConcurrentHashMap<>();
  private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile long planStartedAt = System.nanoTime();
  private volatile Redaction redaction;
  private volatile ResultsFile file;

  /** A listener configured from the run's configuration parameters, for registration by {@code ServiceLoader}. */
  public ResultsListener() {
    this(null, Set.of(), p -> { });
  }

  private ResultsListener(Path directory, Set<String> secrets, Consumer<Progress> progress) {
    this.directory = directory;
    this.secrets = Set.copyOf(secrets);
    this.progress = progress;
  }

  /**
   * A listener writing {@code results.jsonl} in {@code directory}, created now if missing: a directory that
   * cannot be written fails here, before the run, because the JUnit Platform only logs a listener's exceptions.
   *
   * @throws UncheckedIOException if the directory cannot be created or written
   */
  public static ResultsListener writingTo(Path directory) {
    ResultsFile.prepare(Objects.requireNonNull(directory, "directory"));
    return new ResultsListener(directory, Set.of(), p -> { });
  }

  /**
   * A copy that also masks these strings wherever they appear (a secret key, a session token). Strings shorter
   * than 4 characters are ignored: they would mask ordinary text, and no real credential is that short.
   */
  public ResultsListener withSecrets(Collection<String> moreSecrets) {
    Set<String> all = new HashSet<>(secrets);
    moreSecrets.stream().filter(s -> s != null && s.length() >= Redaction.MIN_SECRET_LENGTH).forEach(all::add);
    return new ResultsListener(directory, all, progress);
  }

  /** A copy that calls {@code callback} after each record is written (on the thread that finished the check). */
  public ResultsListener withProgress(Consumer<Progress> callback) {
    return new ResultsListener(directory, secrets, Objects.requireNonNull(callback, "callback"));
  }

  /** How many checks finished so far. */
  public int done() {
    return done.get();
  }

  /** How many of them failed. */
  public int failed() {
    return failed.get();
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    ListenerSettings settings = ListenerSettings.of(directory, secrets, testPlan.getConfigurationParameters());
    planStartedAt = System.nanoTime();
    done.set(0);
    failed.set(0);
    redaction = new Redaction(settings.secrets());
    file = ResultsFile.create(settings.directory());
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (file != null) {
      file.close();
    }
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    startedAt.put(id.getUniqueId(), System.nanoTime());
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    EntryMapping.published(entry.getKeyValuePairs()).ifPresent(r -> published.put(id.getUniqueId(), r));
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    record(EntryMapping.skipped(id.getDisplayName(), reason == null ? "" : reason));
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    CheckResult entry = published.remove(id.getUniqueId());
    Long started = startedAt.remove(id.getUniqueId());
    long millis = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
    if (entry != null) {
      record(EntryMapping.fromRecord(entry, result, millis));
    } else if (id.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      record(EntryMapping.fromResult(id.getDisplayName(), result, millis));
    }
  }

  private void record(CheckResult raw) {
    CheckResult result = (redaction == null ? new Redaction(secrets) : redaction).clean(raw);
    if (file != null) {
      file.append(result);
    }
    int failures = result.status() == CheckStatus.FAIL ? failed.incrementAndGet() : failed.get();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - planStartedAt);
    progress.accept(new Progress(done.incrementAndGet(), failures, elapsed, result));
  }
}
