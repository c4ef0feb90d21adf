package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

class TallyTest {

  private static TestIdentifier node(String id, boolean test) {
    return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.root("n", id), id) {
      @Override
      public Type getType() {
        return test ? Type.TEST : Type.CONTAINER;
      }
    });
  }

  private static void check(Tally tally, String id, String category, String status, TestExecutionResult result) {
    TestIdentifier test = node(id, true);
    CheckResult record = new CheckResult(id, Category.valueOf(category), List.of(), List.of(), Level.MUST,
        "2021-05-11", "2022-05-12", CheckStatus.valueOf(status), 1, "", null, List.of(), -1, "1", 1, "", List.of());
    tally.reportingEntryPublished(test, ReportEntry.from(Map.of(CheckResult.ENTRY_KEY, record.toJson())));
    tally.executionFinished(test, result);
  }

  @Test
  void countsByCategoryAndTheStatusTheCheckReported() {
    Tally tally = new Tally();
    check(tally, "PROTO-SUCCESS-A", "PROTOCOL", "PASS", TestExecutionResult.successful());
    check(tally, "PROTO-SUCCESS-B", "PROTOCOL", "KNOWN", TestExecutionResult.aborted(null));
    check(tally, "VAL-ENUM-C", "VALIDATION", "ADVISORY", TestExecutionResult.aborted(null));
    check(tally, "VAL-ENUM-D", "VALIDATION", "FAIL", TestExecutionResult.failed(new AssertionError()));
    check(tally, "VAL-ENUM-F", "VALIDATION", "BLOCKED", TestExecutionResult.aborted(null));
    // no record published: the ID's prefix names the category, JUnit's result the status
    tally.executionFinished(node("SCHEMA-OUT-E", true), TestExecutionResult.failed(new IllegalStateException()));
    assertThat(tally.count(Category.PROTOCOL, Tally.Status.PASS)).isEqualTo(1);
    assertThat(tally.count(Category.PROTOCOL, Tally.Status.KNOWN)).isEqualTo(1);
    assertThat(tally.count(Category.VALIDATION, Tally.Status.ADVISORY)).isEqualTo(1);
    assertThat(tally.count(Category.SCHEMA, Tally.Status.FAIL)).isEqualTo(1);
    assertThat(tally.total(Tally.Status.FAIL)).isEqualTo(2);
    assertThat(tally.total(Tally.Status.BLOCKED)).isEqualTo(1);
    assertThat(tally.deviations()).extracting(CheckResult::id).containsExactly("VAL-ENUM-D", "VAL-ENUM-F");
    assertThat(tally.revision()).isEqualTo("2022-05-12");
  }

  @Test
  void keepsWhyAContainerFailed() {
    Tally tally = new Tally();
    IllegalStateException why = new IllegalStateException("no target");
    tally.executionFinished(node("ProtocolChecks", false), TestExecutionResult.failed(why));
    tally.executionFinished(node("SchemaChecks", false), TestExecutionResult.successful());
    assertThat(tally.containerFailures()).containsExactly(why);
    assertThat(tally.categories()).isEmpty();
  }
}
