package dev.imkit.suites.internal.run;

import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.api.Target;
import dev.imkit.suites.internal.session.DefaultTarget;
import dev.imkit.suites.internal.session.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Turns checks into JUnit dynamic tests named by their IDs. A check outside the selection is skipped with its
 * reason; a check that cannot be judged because of another deviation is BLOCKED (aborted, its cause the reason);
 * a failing SHOULD check is reported as an advisory (aborted, never failed); a failing check listed in the
 * baseline as a known failure (aborted). Each check publishes its {@link CheckResult} as one report entry.
 */
public final class CheckRunner {
  /** Passing checks keep a few calls (their control and their own); the others keep what the recorder kept. */
  private static final int PASS_KEPT = 6;

  private CheckRunner() {
  }

  public static Stream<DynamicTest> tests(Target target, List<Check> checks) {
    DefaultTarget t = (DefaultTarget) target;
    Selection selection = new Selection(t, checks);
    Set<String> baseline = t.settings().baseline();
    // a shard runs only its slice: the checks of the other shards are not tests of this run at all
    dev.imkit.suites.api.Shard shard = t.settings().shard();
    List<Check> mine = checks.stream().filter(c -> shard.includes(c.info().id())).toList();
    Ahead<Ran> ahead = new Ahead<>(mine.stream().map(Check::alongside).toList(), t.settings().parallel(),
        i -> run(t, selection, baseline, mine.get(i)));
    return IntStream.range(0, mine.size()).mapToObj(i -> DynamicTest.dynamicTest(mine.get(i).info().id(),
        CheckSource.uri(mine.get(i).info().id()), () -> ahead.take(i).publish(t)));
  }

  /**
   * Whether a run of {@code target} may run checks of {@code category}: false only when its selection surely
   * leaves them all out.
   */
  public static boolean mayRun(Target target, dev.imkit.reports.api.Category category) {
    return Selection.mayRun(target.settings(), category);
  }

  /** How a check ended, before it is published. */
  private static final class Outcome {
    CheckStatus status = CheckStatus.FAIL;
    String message = "";
    Cause cause;
    CheckFailure failure;
  }

  /** A check that ran (on whichever thread), to publish on the test's own thread, in the order of the checks. */
  private record Ran(CheckInfo info, Outcome outcome, Recorder.Recording recording, List<String> notes, long nanos,
      Throwable thrown) {

    /** Publishes the record, then ends the test as the check ended: passed, failed, blocked, skipped. */
    void publish(DefaultTarget target) throws Throwable {
      CheckRunner.publish(target, info, outcome, recording, notes, nanos);
      if (thrown != null) {
        throw thrown;
      }
    }
  }

  private static Ran run(DefaultTarget target, Selection selection, Set<String> baseline, Check check) {
    Optional<String> skip = selection.reasonToSkip(check.info());
    if (skip.isPresent()) {
      Outcome skipped = new Outcome();
      skipped.status = CheckStatus.SKIP;
      skipped.message = skip.get();
      return new Ran(check.info(), skipped, Recorder.end(), List.of(), 0, new Skipped(skip.get()));
    }
    Recorder.begin(check.info().id());
    long started = System.nanoTime();
    Outcome outcome = new Outcome();
    CheckContext context = new CheckContext(target, check.info());
    Throwable thrown = null;
    try {
      runBody(check, context);
      outcome.status = CheckStatus.PASS;
    } catch (Advisory e) {
      outcome.status = CheckStatus.ADVISORY;
      outcome.message = e.getMessage();
      thrown = new TestAbortedException("ADVISORY (not failing the run): " + e.getMessage());
    } catch (Blocked e) {
      outcome.status = CheckStatus.BLOCKED;
      outcome.message = e.getMessage();
      outcome.cause = e.rootCause();
      thrown = e;
    } catch (TestAbortedException e) {
      outcome.status = CheckStatus.SKIP;
      outcome.message = e.getMessage();
      thrown = e;
    } catch (AssertionError | NoAnswer e) {
      thrown = failed(target, baseline, check, outcome, e);
    } catch (RuntimeException e) {
      outcome.message = KitDefect.describe(e);
      thrown = e;
    } catch (Exception | Error e) {
      thrown = e;
    }
    Recorder.Recording recording = Recorder.end();
    List<String> notes = new ArrayList<>(context.notes());
    notes.addAll(recording.notes());
    return new Ran(check.info(), outcome, recording, notes, System.nanoTime() - started, thrown);
  }

  /**
   * What a failing check ends with: a failure, or an advisory (SHOULD) or known failure (baseline), aborted; or,
   * when the answer it failed on was throttled after the run's retries and the check does not judge any answer's
   * form, blocked by the throttling (the answer says nothing of the check's rule).
   */
  private static Throwable failed(DefaultTarget target, Set<String> baseline, Check check, Outcome outcome,
      Throwable e) {
    if (e instanceof CheckFailure f && f.exchange() != null && !check.anyAnswer() && Causes.throttled(f.exchange())) {
      String operation = f.exchange().operation() != null ? f.exchange().operation()
          : check.info().operations().stream().findFirst().orElse("a call");
      Cause throttled = Causes.throttled(operation, f.exchange());
      Blocked blocked = new Blocked(throttled);
      outcome.status = CheckStatus.BLOCKED;
      outcome.message = blocked.getMessage();
      outcome.cause = throttled;
      outcome.failure = f;
      return blocked;
    }
    outcome.message = e instanceof NoAnswer ? "the target did not answer: " + e.getMessage() : e.getMessage();
    if (e instanceof CheckFailure f) {
      outcome.failure = f;
      outcome.cause = f.rootCause() != null ? f.rootCause() : missing(target, f.exchange());
    }
    if (e instanceof NoAnswer n) {
      outcome.cause = Causes.noAnswer(n.operation(), e.getMessage());
    }
    if (check.info().level() == Level.SHOULD) {
      outcome.status = CheckStatus.ADVISORY;
      return new TestAbortedException("ADVISORY (SHOULD, not failing the run): " + outcome.message);
    }
    if (baseline.contains(check.info().id())) {
      outcome.status = CheckStatus.KNOWN;
      return new TestAbortedException("KNOWN FAILURE (in the baseline): " + outcome.message);
    }
    return e instanceof AssertionError a ? a : new CheckFailure(outcome.message).withCause(outcome.cause);
  }

  /**
   * The cause of a failure that names none, when its answer is that of an operation the target lacks (a route it
   * does not have, an operation it never served in this run): what failed is the operation's absence.
   */
  private static Cause missing(DefaultTarget target, Exchange answer) {
    return answer != null && Causes.missingInRun(target, answer.operation(), answer)
        ? Causes.missing(answer.operation(), answer) : null;
  }

  /** Runs the check; a block by a cause this very check reports is its failure (a check never waits on itself). */
  private static void runBody(Check check, CheckContext context) throws Exception {
    try {
      check.body().run(context);
    } catch (Blocked e) {
      if (!check.info().id().equals(e.rootCause().reportedBy())) {
        throw e;
      }
      throw new CheckFailure(e.rootCause().summary()).withCause(e.rootCause());
    }
  }

  private static void publish(DefaultTarget target, CheckInfo info, Outcome outcome, Recorder.Recording recording,
      List<String> notes, long nanos) {
    Optional<ExtensionContext> context = ImkitExtension.current();
    if (context.isEmpty()) {
      return;
    }
    List<Recorder.Entry> entries = calls(outcome, recording);
    List<ExchangeRecord> exchanges = new ArrayList<>();
    int failing = -1;
    Exchange failed = outcome.failure == null ? null : outcome.failure.exchange();
    for (Recorder.Entry e : entries) {
      if (e.exchange() == failed) {
        failing = exchanges.size();
      }
      exchanges.add(e.exchange().toRecord(e.role()));
    }
    if (failed != null && failing < 0) {
      failing = exchanges.size();
      exchanges.add(failed.toRecord(ExchangeRecord.Role.CHECK));
    }
    CheckResult record = new CheckResult(info.id(), info.category(), info.operations(), info.rules(), info.level(),
        info.since(), target.revision().name(), outcome.status, nanos / 1_000_000, outcome.message, outcome.cause,
        exchanges, failing, Long.toString(target.settings().seed()), recording.requests(),
        Replay.command(target, replayed(info, outcome)), notes);
    context.get().publishReportEntry(record.entry());
  }

  /** The checks a replay runs: the check, after those that provoked the answer its failure rests on. */
  private static String replayed(CheckInfo info, Outcome outcome) {
    List<String> ids = new ArrayList<>(outcome.failure == null ? List.of() : outcome.failure.replayAfter());
    ids.remove(info.id());
    ids.add(info.id());
    return String.join(",", ids);
  }

  /** The calls to keep: the failing example's own when it has them, else the check's (a few when it passed). */
  private static List<Recorder.Entry> calls(Outcome outcome, Recorder.Recording recording) {
    List<Recorder.Entry> all = recording.entries();
    if (outcome.failure != null && outcome.failure.sequence() != null) {
      List<Exchange> own = outcome.failure.sequence();
      List<Recorder.Entry> kept = new ArrayList<>();
      // the controls and fixtures the check rested on, then the example's calls
      all.stream().filter(e -> e.role() != ExchangeRecord.Role.CHECK && !own.contains(e.exchange()))
          .forEach(kept::add);
      own.forEach(x -> kept.add(all.stream().filter(e -> e.exchange() == x).findFirst()
          .orElse(new Recorder.Entry(x, ExchangeRecord.Role.CHECK))));
      return kept;
    }
    if (outcome.status == CheckStatus.PASS && all.size() > PASS_KEPT) {
      List<Recorder.Entry> kept = new ArrayList<>(all.subList(0, PASS_KEPT / 2));
      kept.addAll(all.subList(all.size() - PASS_KEPT / 2, all.size()));
      return kept;
    }
    return all;
  }
}
