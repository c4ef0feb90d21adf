package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

class ProgressLineTest {

  private static TestIdentifier test(String id) {
    return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.root("check", id), id) {
      @Override
      public Type getType() {
        return Type.TEST;
      }
    });
  }

  private static TestIdentifier container() {
    return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.root("class", "C"), "C") {
      @Override
      public TestDescriptor.Type getType() {
        return Type.CONTAINER;
      }
    });
  }

  @Test
  void countsChecksAndFailuresNotContainers() {
    StringWriter err = new StringWriter();
    try (ProgressLine progress = new ProgressLine(new PrintWriter(err, true), false, 5)) {
      progress.executionFinished(test("A"), TestExecutionResult.successful());
      progress.executionFinished(test("B"), TestExecutionResult.failed(new AssertionError("no")));
      progress.executionFinished(test("C"), TestExecutionResult.aborted(null));
      progress.executionFinished(container(), TestExecutionResult.failed(new IllegalStateException()));
      assertThat(progress.line()).matches("3/5 checks, 1 failed, \\d+s");
    }
    // off a terminal: whole lines, never a carriage return
    assertThat(err.toString()).matches("(?s)imkit: 3/3 checks, 1 failed, \\d+s\\R").doesNotContain("\r");
  }

  @Test
  void onATerminalTheLineIsRedrawnInPlace() {
    StringWriter err = new StringWriter();
    try (ProgressLine progress = new ProgressLine(new PrintWriter(err, true), true, 1)) {
      progress.executionFinished(test("A"), TestExecutionResult.successful());
      progress.executionFinished(test("B"), TestExecutionResult.successful());
    }
    assertThat(err.toString()).startsWith("\r1/1 checks, 0 failed").contains("\r2/2 checks, 0 failed");
  }
}
