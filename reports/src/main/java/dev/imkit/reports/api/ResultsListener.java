package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.EntryMapping;
import dev.imkit.reports.internal.ListenerSettings;
import dev.imkit.reports.internal.Redaction;
import dev.imkit.reports.internal.ResultsWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A JUnit Platform listener that writes {@code results.jsonl} (one {@link CheckResult} per finished check,
 * flushed as it goes) from the record each check publishes ({@link CheckResult#ENTRY_KEY}), and {@code run.json}
 * (unfinished) from the run's record ({@link RunInfo#ENTRY_KEY}). Nothing is written until the first check
 * ends: then the run {@linkplain ReportFolder#claim() claims} its folder, so a run that cannot start leaves the
 * previous run's files as they were. A test or container that failed without publishing a record (e.g. a suite
 * that could not reach its target) is recorded from its execution result once the folder is claimed. Text is
 * redacted again on the way out: Authorization and X-Amz-Security-Token values, SigV4 signatures, and the
 * secrets it is given; request, response and message are capped at 64 KiB each.
 *
 * <pre>{@code
 * ResultsListener results = ResultsListener.writingTo(ReportFolder.at(dir).checkWritable())
 *     .withSecrets(List.of(secretKey))
 *     .withProgress(p -> System.err.print("\r" + p.line()));
 * launcher.execute(request, results);
 * }</pre>
 *
 * <p>Created with its no-argument constructor, it writes to the configuration parameter {@code imkit.report-dir}
 * (default {@code target/imkit}) and masks the secrets in {@code imkit.secret-access-key},
 * {@code imkit.session-token} and their {@code IMKIT_*} and {@code AWS_*} environment variables.
 */
@API(status = EXPERIMENTAL)
public final class ResultsListener implements TestExecutionListener {
  private final ReportFolder givenFolder;
  private final Set<String> secrets;
  private final Consumer<Progress> progress;
  private final String commandLine;

  // keyed by the unique ID itself: its text is formatted anew on every call, three times per check
  private final Map<UniqueId, CheckResult> published = new ConcurrentHashMap<>();
  private final Map<UniqueId, Long> startedAt = new ConcurrentHashMap<>();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile long planStartedAt = System.nanoTime();
  private volatile Instant start = Instant.now();
  private volatile Redaction redaction;
  private volatile ReportFolder folder;
  private volatile ResultsWriter writer;
  private volatile RunInfo run;

  /** A listener configured from the run's configuration parameters. */
  public ResultsListener() {
    this(null, Set.of(), p -> { }, "");
  }

  private ResultsListener(ReportFolder folder, Set<String> secrets, Consumer<Progress> progress, String commandLine) {
    this.givenFolder = folder;
    this.secrets = Set.copyOf(secrets);
    this.progress = progress;
    this.commandLine = commandLine;
  }

  /**
   * A listener writing in {@code directory}, checked now: a directory that cannot be written fails here, before
   * the run, because the JUnit Platform only logs a listener's exceptions.
   *
   * @throws UncheckedIOException if the directory cannot be created or written
   */
  public static ResultsListener writingTo(Path directory) {
    return writingTo(ReportFolder.at(Objects.requireNonNull(directory, "directory")).checkWritable());
  }

  /** A listener writing in {@code folder}. */
  public static ResultsListener writingTo(ReportFolder folder) {
    return new ResultsListener(Objects.requireNonNull(folder, "folder"), Set.of(), p -> { }, "");
  }

  /**
   * A copy that also masks these strings wherever they appear (a secret key, a session token). Strings shorter
   * than 4 characters are ignored: they would mask ordinary text, and no real credential is that short.
   */
  public ResultsListener withSecrets(Collection<String> moreSecrets) {
    Set<String> all = new HashSet<>(secrets);
    moreSecrets.stream().filter(s -> s != null && s.length() >= Redaction.MIN_SECRET_LENGTH).forEach(all::add);
    return new ResultsListener(givenFolder, all, progress, commandLine);
  }

  /** A copy that calls {@code callback} after each record is written (on the thread that finished the check). */
  public ResultsListener withProgress(Consumer<Progress> callback) {
    return new ResultsListener(givenFolder, secrets, Objects.requireNonNull(callback, "callback"), commandLine);
  }

  /** A copy that records {@code command} (secrets left out) as the command line of the run. */
  public ResultsListener withCommandLine(String command) {
    return new ResultsListener(givenFolder, secrets, progress, Objects.requireNonNull(command, "command"));
  }

  /** How many checks finished so far. */
  public int done() {
    return done.get();
  }

  /** How many of them failed. */
  public int failed() {
    return failed.get();
  }

  /** The folder written to (known once the run started). */
  public Optional<ReportFolder> folder() {
    return Optional.ofNullable(folder);
  }

  /** Why the run could not write its results (its folder could not be claimed), or {@code ""}. */
  public String problem() {
    return writer == null ? "" : writer.problem();
  }

  /** Whether the run wrote results (it claimed its folder). */
  public boolean wroteResults() {
    return writer != null && writer.wrote();
  }

  /**
   * The records written to {@code results.jsonl} so far, in its order: what {@link Results#read} gives back for the
   * folder, without reading it (empty before the run wrote any).
   */
  public List<CheckResult> results() {
    return writer == null ? List.of() : writer.records();
  }

  /** The run's record as the suites published it, with this run's start and command line, once known. */
  public Optional<RunInfo> run() {
    return Optional.ofNullable(run);
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    ListenerSettings settings = ListenerSettings.of(givenFolder == null ? null : givenFolder.dir(), secrets,
        testPlan.getConfigurationParameters());
    planStartedAt = System.nanoTime();
    start = Instant.now();
    done.set(0);
    failed.set(0);
    redaction = new Redaction(settings.secrets());
    folder = givenFolder != null ? givenFolder : ReportFolder.at(settings.directory());
    writer = new ResultsWriter(folder);
    run = null;
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (writer != null) {
      writer.close();
    }
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    startedAt.put(id.getUniqueIdObject(), System.nanoTime());
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    EntryMapping.published(entry.getKeyValuePairs()).ifPresent(r -> published.put(id.getUniqueIdObject(), r));
    if (run == null) {
      EntryMapping.run(entry.getKeyValuePairs())
          .ifPresent(r -> run = r.withStart(start).withCommandLine(commandLine.isEmpty() ? r.commandLine()
              : commandLine).ended(false, 0, 0));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    record(EntryMapping.skipped(id.getDisplayName(), reason == null ? "" : reason));
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    CheckResult entry = published.remove(id.getUniqueIdObject());
    Long started = startedAt.remove(id.getUniqueIdObject());
    long millis = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
    if (entry != null) {
      record(EntryMapping.fromRecord(entry, result, millis));
    } else if (id.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      record(EntryMapping.fromResult(id.getDisplayName(), result, millis));
    }
  }

  private void record(CheckResult raw) {
    CheckResult cleaned = (redaction == null ? new Redaction(secrets) : redaction).clean(raw);
    List<CheckResult> written = writer == null ? List.of() : writer.write(cleaned, run);
    for (CheckResult result : written) {
      int failures = result.status() == CheckStatus.FAIL ? failed.incrementAndGet() : failed.get();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - planStartedAt);
      progress.accept(new Progress(done.incrementAndGet(), failures, elapsed, result));
    }
  }
}
