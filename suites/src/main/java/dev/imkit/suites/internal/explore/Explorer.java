package dev.imkit.suites.internal.explore;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.ExplorationProgress;
import dev.imkit.suites.api.ExplorationResult;
import dev.imkit.suites.api.Profile;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.http.Transport;
import dev.imkit.suites.internal.session.DefaultTarget;
import dev.imkit.suites.internal.session.Run;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.state.ActionChain;

/**
 * Differential exploration: random sequences of calls, drawn by jqwik, sent to the target and in lock step to a
 * reference emulator at the target's revision, judged on what the contract fixes, the first of each finding
 * shrunk. The target is opened as for a run (account guard, journal, clean-up, rate limit and budget); sequences
 * run on several workers against loopback targets, one at a time against live ones, among a backdrop of a plan
 * and two incidents they all read. Every sixty-fourth sequence may change the account's replication set (only
 * where the run may change it); those run alone, in batches, so the others seldom wait; shrinking runs alone too.
 */
public final class Explorer {
  /** Sequences run at once against a loopback target. */
  static final int LOOPBACK_WORKERS = 8;
  /** Every how many sequences one changes the replication set. */
  static final int EXCLUSIVE_EVERY = 64;
  /** How many of those wait to run together. */
  static final int EXCLUSIVE_BATCH = 8;
  private final Settings settings;
  private final Consumer<ExplorationProgress> progress;
  private final java.util.function.Predicate<java.util.Map<String, Integer>> enough;

  public Explorer(Settings settings, Consumer<ExplorationProgress> progress) {
    this(settings, progress, ids -> false);
  }

  /**
   * An explorer that also stops, within its budget, once the findings shrunk so far (each ID with the steps of its
   * sequence) satisfy {@code enough}: tests wait for the finding they expect rather than for the whole budget.
   */
  public Explorer(Settings settings, Consumer<ExplorationProgress> progress,
      java.util.function.Predicate<java.util.Map<String, Integer>> enough) {
    this.settings = settings;
    this.progress = progress;
    this.enough = enough;
  }

  /** Opens the target and the reference, explores within the budget, and closes both (cleaning up). */
  public ExplorationResult run() {
    if (settings.profile() == Profile.READONLY) {
      throw new ConfigurationException("exploration creates, changes and deletes resources; the readonly profile "
          + "makes no writes: use imkit run --profile readonly, or explore with the full profile");
    }
    Budget budget = Budget.of(settings);
    // against a loopback target nothing outlives the process that a journal on disk would help to sweep
    Settings forTarget = settings.live() ? settings : settings.with(Settings.REPORT_DIR, null);
    try (Run target = Run.open(forTarget); Run reference = Run.open(referenceSettings(target.target()))) {
      return explore(target.target(), reference.target(), reference.inProcess().orElseThrow(), budget);
    }
  }

  /** The reference: the embedded emulator at the target's revision, with no fault, limit or journal. */
  private Settings referenceSettings(DefaultTarget target) {
    Map<String, String> reset = new HashMap<>();
    for (String key : List.of(Settings.ENDPOINT, Settings.EMULATOR_FAULTS, Settings.LIVE, Settings.RATE_LIMIT,
        Settings.REQUEST_BUDGET, Settings.REPORT_DIR, Settings.ALLOW_ACCOUNTS, Settings.ACCESS_KEY_ID,
        Settings.SECRET_ACCESS_KEY, Settings.SESSION_TOKEN, Settings.PROFILE, Settings.BASELINE, Settings.ONLY,
        Settings.SKIP, Settings.SHARD)) {
      reset.put(key, null);
    }
    reset.put(Settings.REVISION, target.revision().name());
    reset.put(Settings.EMULATOR_REVISION, target.revision().name());
    return settings.with(reset);
  }

  private ExplorationResult explore(DefaultTarget target, DefaultTarget reference, Transport toReference,
      Budget budget) {
    Context context = new Context(new Sides(target, reference, toReference));
    target.fixtures().replicationSet();
    reference.fixtures().replicationSet();
    context.replicationSets(target.fixtures().replicationSetArn(), reference.fixtures().replicationSetArn());
    context.backdrop(Backdrop.create(context));
    try {
      return explore(context, budget);
    } finally {
      Backdrop.remove(context, context.backdrop());
    }
  }

  private ExplorationResult explore(Context context, Budget budget) {
    DefaultTarget target = context.sides().target();
    boolean exclusives = target.embedded() || target.fixtures().ownsReplicationSet();
    SequenceRunner runner = new SequenceRunner(context, settings.seed());
    Findings findings = new Findings();
    AtomicLong ran = new AtomicLong();
    long started = System.nanoTime();
    Work work = new Work(budget, settings.shard(), target, started, () -> enough.test(findings.steps()));
    int workers = budget.replay().isPresent() || settings.live() ? 1 : LOOPBACK_WORKERS;
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("imkit-explore"));
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("imkit-explore-progress"));
    Runnable report = () -> progress.accept(progress(context, target, findings, ran, started));
    ticker.scheduleAtFixedRate(report, 1, 1, TimeUnit.SECONDS);
    Alone[] alone = new Alone[1];
    alone[0] = new Alone(n -> {
      sequence(runner, findings, alone[0], n, true, target);
      ran.incrementAndGet();
    });
    for (int i = 0; i < workers; i++) {
      pool.submit(() -> work.loop(n -> {
        if (exclusives && n % EXCLUSIVE_EVERY == EXCLUSIVE_EVERY - 1) {
          alone[0].later(n, budget.replay().isPresent() ? 1 : EXCLUSIVE_BATCH);
          return;
        }
        sequence(runner, findings, alone[0], n, false, target);
        ran.incrementAndGet();
      }));
    }
    pool.shutdown();
    awaitQuietly(pool);
    work.guard(() -> alone[0].later(-1, 1));
    ticker.shutdownNow();
    ExplorationProgress last = progress(context, target, findings, ran, started);
    progress.accept(last);
    work.rethrow();
    java.util.Set<String> baseline = settings.baseline();
    List<CheckResult> records = findings.all().stream().map(f -> f.record(target.revision().name(),
        Long.toString(settings.seed()), baseline.contains(f.id()), last.elapsed().toMillis())).toList();
    return new ExplorationResult(records, last, target.revision().name());
  }

  /**
   * Runs sequence {@code n} (beside others, or alone if it changes the replication set); a divergence worth
   * shrinking is shrunk alone, as its replay will run.
   */
  private void sequence(SequenceRunner runner, Findings findings, Alone alone, long n, boolean exclusive,
      DefaultTarget target) {
    Shrinkable<ActionChain<Sequence>> chain = runner.draw(n, exclusive);
    SequenceRunner.Outcome first = exclusive ? runner.run(chain.value())
        : alone.together(() -> runner.run(chain.value()));
    if (first.divergence() == null) {
      return;
    }
    String id = first.divergence().findingId();
    if (!findings.claim(id, first.sequence().steps().size())) {
      return;
    }
    try {
      Shrinker.Shrunk shrunk = alone.alone(() -> new Shrinker(runner).shrink(n, exclusive, first));
      SequenceRunner.Outcome best = shrunk.outcome();
      findings.add(new Finding(best.divergence(), best.sequence().steps(), n, first.sequence().steps().size(),
          shrunk.runs(), shrunk.alone(), ExploreReplay.command(settings, target.revision().name(), n)));
    } finally {
      findings.release(id);
    }
  }

  private static ExplorationProgress progress(Context context, DefaultTarget target, Findings findings, AtomicLong ran,
      long started) {
    return new ExplorationProgress(ran.get(), context.steps().get(), context.sides().requests(), target.requestsSent(),
        findings.count(), Duration.ofNanos(System.nanoTime() - started));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong count = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        Thread.onSpinWait();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
