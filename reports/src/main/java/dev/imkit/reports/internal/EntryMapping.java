package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Turns what the JUnit Platform reported about one test (its {@code imkit.*} report entry, if any, and its
 * execution result) into a {@link CheckResult}. The execution result wins where the two disagree: a test that
 * threw after publishing PASS failed.
 */
public final class EntryMapping {
  private EntryMapping() {
  }

  public static CheckResult fromEntry(Map<String, String> entry, String displayName, TestExecutionResult result,
      long durationMillis) {
    CheckStatus published = CheckStatus.parse(entry.getOrDefault("imkit.status", statusOf(result).name()));
    CheckStatus status = published;
    String message = entry.getOrDefault("imkit.message", "");
    if (result.getStatus() == TestExecutionResult.Status.FAILED && published != CheckStatus.FAIL) {
      status = CheckStatus.FAIL;
      message = join(message, reason(result));
    }
    return new CheckResult(entry.getOrDefault("imkit.check", displayName), entry.get("imkit.category"),
        list(entry.get("imkit.operations")), list(entry.get("imkit.rules")), entry.get("imkit.level"),
        entry.get("imkit.since"), entry.get("imkit.revision"), status, durationMillis, message,
        entry.get("imkit.request"), entry.get("imkit.response"), entry.get("imkit.seed"),
        integer(entry.get("imkit.requests")));
  }

  /** A test or container that published nothing: all we know is its name and how it ended. */
  public static CheckResult fromResult(String name, TestExecutionResult result, long durationMillis) {
    return new CheckResult(name, "", List.of(), List.of(), "", "", "", statusOf(result), durationMillis,
        reason(result), "", "", "", 0);
  }

  /** A test or container the engine skipped without running it. */
  public static CheckResult skipped(String name, String reason) {
    return new CheckResult(name, "", List.of(), List.of(), "", "", "", CheckStatus.SKIP, 0, reason, "", "", "", 0);
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

  private static List<String> list(String commaList) {
    if (commaList == null || commaList.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static int integer(String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
