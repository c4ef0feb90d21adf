package dev.imkit.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Why check classes could not run: the failures of containers (a check class that could not start, usually
 * because the target could not be opened), one problem per distinct message (every class reports the same one),
 * each with the first exception that told it.
 */
final class SetupProblems implements TestExecutionListener {
  private final List<Throwable> failures = new ArrayList<>();

  @Override
  public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!test.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
      result.getThrowable().ifPresent(failures::add);
    }
  }

  synchronized Map<Failures.Problem, Throwable> problems() {
    Map<Failures.Problem, Throwable> problems = new LinkedHashMap<>();
    failures.forEach(t -> problems.putIfAbsent(Failures.classify(t), t));
    return problems;
  }
}
