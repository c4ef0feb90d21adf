package dev.imkit.cli.internal;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Counts the run's checks by category and status, from the record each check publishes, keeps the records of
 * failed and blocked checks for the terminal, and the failures of containers: a check class that could not
 * start, usually because the target could not be opened.
 */
final class Tally implements TestExecutionListener {
  /** The statuses a check ends with, in the order the summary shows them. */
  enum Status { PASS, FAIL, BLOCKED, KNOWN, ADVISORY, SKIP }

  private final Map<String, CheckResult> records = new ConcurrentHashMap<>();
  private final List<CheckResult> deviations = new ArrayList<>();
  private final Map<Category, int[]> counts = new EnumMap<>(Category.class);
  private final List<Throwable> containerFailures = new ArrayList<>();
  private volatile String revision = "";

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    String json = entry.getKeyValuePairs().get(CheckResult.ENTRY_KEY);
    if (json != null) {
      records.put(test.getUniqueId(), CheckResult.fromJson(json));
    }
  }

  @Override
  public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!test.isTest()) {
      if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        result.getThrowable().ifPresent(containerFailures::add);
      }
      return;
    }
    CheckResult record = records.remove(test.getUniqueId());
    Optional<Category> category = record == null || record.category() == null
        ? categoryOfId(test.getDisplayName()) : Optional.of(record.category());
    Status status = record == null ? fromJUnit(result) : statusOf(record, result);
    if (record != null && !record.revision().isEmpty()) {
      revision = record.revision();
    }
    if (record != null && (status == Status.FAIL || status == Status.BLOCKED)) {
      deviations.add(status == Status.FAIL ? record.withStatus(CheckStatus.FAIL, record.message()) : record);
    }
    category.ifPresent(c -> counts.computeIfAbsent(c, k -> new int[Status.values().length])[status.ordinal()]++);
  }

  /** Count of checks of {@code category} that ended with {@code status}. */
  synchronized int count(Category category, Status status) {
    int[] row = counts.get(category);
    return row == null ? 0 : row[status.ordinal()];
  }

  synchronized int total(Status status) {
    return counts.values().stream().mapToInt(row -> row[status.ordinal()]).sum();
  }

  synchronized List<Category> categories() {
    return List.copyOf(counts.keySet());
  }

  synchronized List<Throwable> containerFailures() {
    return List.copyOf(containerFailures);
  }

  /** The revision the target was held to, as the checks reported it (empty before any check ran). */
  String revision() {
    return revision;
  }

  /** The failed and blocked checks' records, in the order they finished. */
  synchronized List<CheckResult> deviations() {
    return List.copyOf(deviations);
  }

  /** The record's status, unless the test failed after publishing it: then it failed. */
  private static Status statusOf(CheckResult record, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.FAILED) {
      return Status.FAIL;
    }
    return Status.valueOf(record.status().name());
  }

  private static Status fromJUnit(TestExecutionResult result) {
    return switch (result.getStatus()) {
      case SUCCESSFUL -> Status.PASS;
      case ABORTED -> Status.SKIP;
      case FAILED -> Status.FAIL;
    };
  }

  /** A check that published no record still has an ID whose prefix names its category. */
  static Optional<Category> categoryOfId(String id) {
    String prefix = id.split("-", 2)[0];
    for (Category c : Category.values()) {
      if (c.prefix().equals(prefix)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
