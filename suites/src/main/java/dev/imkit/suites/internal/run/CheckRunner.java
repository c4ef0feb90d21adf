package dev.imkit.suites.internal.run;

import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.api.Level;
import dev.imkit.suites.api.Target;
import dev.imkit.suites.internal.target.DefaultTarget;
import dev.imkit.suites.internal.target.Recorder;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Turns checks into JUnit dynamic tests named by their IDs. A check outside the selection is skipped with its
 * reason; a failing SHOULD check is reported as an advisory (aborted, never failed); a failing check listed in
 * the baseline as a known failure (aborted). Each check publishes its record as report entries ({@code imkit.*}).
 */
public final class CheckRunner {
  private CheckRunner() {
  }

  public static Stream<DynamicTest> tests(Target target, List<Check> checks) {
    DefaultTarget t = (DefaultTarget) target;
    Selection selection = new Selection(t, checks);
    Set<String> baseline = t.settings().baseline();
    return checks.stream().map(c -> DynamicTest.dynamicTest(c.info().id(), () -> execute(t, selection, baseline, c)));
  }

  private static void execute(DefaultTarget target, Selection selection, Set<String> baseline, Check check)
      throws Throwable {
    Optional<String> skip = selection.reasonToSkip(check.info());
    if (skip.isPresent()) {
      publish(target, check.info(), "SKIP", skip.get(), Recorder.end(), List.of());
      throw new TestAbortedException(skip.get());
    }
    Recorder.begin();
    String status = "FAIL";
    String message = "";
    CheckContext context = new CheckContext(target, check.info());
    try {
      check.body().run(context);
      status = "PASS";
    } catch (TestAbortedException e) {
      status = "SKIP";
      message = e.getMessage();
      throw e;
    } catch (AssertionError | UncheckedIOException e) {
      message = e instanceof UncheckedIOException ? "the target did not answer: " + e.getMessage() : e.getMessage();
      if (check.info().level() == Level.SHOULD) {
        status = "ADVISORY";
        throw new TestAbortedException("ADVISORY (SHOULD, not failing the run): " + message);
      }
      if (baseline.contains(check.info().id())) {
        status = "KNOWN";
        throw new TestAbortedException("KNOWN FAILURE (in the baseline): " + message);
      }
      throw e instanceof AssertionError a ? a : new CheckFailure(message);
    } finally {
      publish(target, check.info(), status, message, Recorder.end(), context.notes());
    }
  }

  private static void publish(DefaultTarget target, CheckInfo info, String status, String message,
      Recorder.Recording recording, List<String> notes) {
    List<Exchange> exchanges = recording.last();
    Optional<ExtensionContext> context = ImkitExtension.current();
    if (context.isEmpty()) {
      return;
    }
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("imkit.check", info.id());
    entry.put("imkit.category", info.category().name());
    entry.put("imkit.operations", String.join(",", info.operations()));
    entry.put("imkit.rules", String.join(",", info.rules()));
    entry.put("imkit.level", info.level().name());
    entry.put("imkit.since", info.since());
    entry.put("imkit.revision", target.revision().name());
    entry.put("imkit.status", status);
    entry.put("imkit.seed", Long.toString(target.settings().seed()));
    entry.put("imkit.requests", Integer.toString(recording.requests()));
    if (message != null && !message.isEmpty()) {
      entry.put("imkit.message", message);
    }
    if (!notes.isEmpty()) {
      entry.put("imkit.note", String.join("\n", notes));
    }
    if (!exchanges.isEmpty()) {
      Exchange last = exchanges.get(exchanges.size() - 1);
      entry.put("imkit.request", last.describeRequest());
      entry.put("imkit.response", last.describeResponse());
    }
    context.get().publishReportEntry(entry);
  }
}
