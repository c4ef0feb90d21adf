package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.RunInfo;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Turns what the JUnit Platform reported about one test (the {@link CheckResult} its check published, if any, and
 * its execution result) into the record to keep. The execution result wins where the two disagree: a test that
 * threw after publishing PASS failed.
 */
public final class EntryMapping {
  private EntryMapping() {
  }

  /** The record published in a report entry, if the entry carries one. */
  public static Optional<CheckResult> published(Map<String, String> entry) {
    return CheckResult.fromEntry(entry);
  }

  /** The run's record published in a report entry, if the entry carries one. */
  public static Optional<RunInfo> run(Map<String, String> entry) {
    String json = entry.get(RunInfo.ENTRY_KEY);
    return json == null ? Optional.empty() : Optional.of(RunInfo.fromJson(json));
  }

  public static CheckResult fromRecord(CheckResult published, TestExecutionResult result, long durationMillis) {
    CheckResult record = published.withDuration(durationMillis);
    if (result.getStatus() == TestExecutionResult.Status.FAILED && published.status() != CheckStatus.FAIL) {
      return record.withStatus(CheckStatus.FAIL, join(published.message(), reason(result)));
    }
    return record;
  }

  /** A test or container that published nothing: all we know is its name and how it ended. */
  public static CheckResult fromResult(String name, TestExecutionResult result, long durationMillis) {
    return CheckResult.bare(name, statusOf(result), durationMillis, reason(result));
  }

  /** A test or container the engine skipped without running it. */
  public static CheckResult skipped(String name, String reason) {
    return CheckResult.bare(name, CheckStatus.SKIP, 0, reason);
  }

  private static CheckStatus statusOf(TestExecutionResult result) {
    return switch (result.getStatus()) {
      case SUCCESSFUL -> CheckStatus.PASS;
      case ABORTED -> CheckStatus.SKIP;
      case FAILED -> CheckStatus.FAIL;
    };
  }

  private static String reason(TestExecutionResult result) {
    Optional<Throwable> thrown = result.getThrowable();
    if (thrown.isEmpty()) {
      return "";
    }
    Throwable t = thrown.get();
    String text = t.getMessage() == null ? "" : t.getMessage();
    return t instanceof AssertionError || t.getClass().getName().startsWith("org.opentest4j")
        ? text : t.getClass().getSimpleName() + (text.isEmpty() ? "" : ": " + text);
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
  }
}
