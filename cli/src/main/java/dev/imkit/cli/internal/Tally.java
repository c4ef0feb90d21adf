package dev.imkit.cli.internal;

import dev.imkit.suites.api.Category;
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
 * Counts the run's checks by category and status, from the record each check publishes ({@code imkit.status},
 * {@code imkit.category}), and keeps the failures of containers: a check class that could not start, usually
 * because the target could not be opened.
 */
final class Tally implements TestExecutionListener {
  /** The statuses a check ends with, in the order the summary shows them. */
  enum Status { PASS, FAIL, KNOWN, ADVISORY, SKIP }

  private final Map<String, Map<String, String>> records = new ConcurrentHashMap<>();
  private final Map<Category, int[]> counts = new EnumMap<>(Category.class);
  private final List<Throwable> containerFailures = new ArrayList<>();
  private volatile String revision = "";

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    Map<String, String> values = entry.getKeyValuePairs();
    if (values.containsKey("imkit.status")) {
      records.put(test.getUniqueId(), values);
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
    Map<String, String> record = records.remove(test.getUniqueId());
    Optional<Category> category = record == null ? categoryOfId(test.getDisplayName())
        : categoryNamed(record.get("imkit.category"));
    Status status = record == null ? fromJUnit(result) : statusNamed(record.get("imkit.status"), result);
    if (record != null && record.containsKey("imkit.revision")) {
      revision = record.get("imkit.revision");
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

  private static Status statusNamed(String name, TestExecutionResult result) {
    try {
      return Status.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      return fromJUnit(result);
    }
  }

  private static Status fromJUnit(TestExecutionResult result) {
    return switch (result.getStatus()) {
      case SUCCESSFUL -> Status.PASS;
      case ABORTED -> Status.SKIP;
      case FAILED -> Status.FAIL;
    };
  }

  private static Optional<Category> categoryNamed(String name) {
    try {
      return Optional.of(Category.valueOf(name));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
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
