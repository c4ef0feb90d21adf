package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.BaselineComparison;
import dev.imkit.reports.api.CheckStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir
  Path dir;

  @Test
  void readsIdsIgnoringCommentsAndBlankLines() throws Exception {
    Path file = dir.resolve("baseline.txt");
    Files.writeString(file, "# known deviations of our fake\n\nVAL-A   # tracked in FAKE-12\n  STATE-B\n#VAL-C\n");

    assertThat(Baseline.read(file).checkIds()).containsExactlyInAnyOrder("VAL-A", "STATE-B");
  }

  @Test
  void writesWhatItReads() {
    Path file = dir.resolve("nested/baseline.txt");
    Baseline.of(List.of("b", "a")).write(file);

    assertThat(Baseline.read(file).checkIds()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void aLineWithTwoIdsIsAClearError() throws Exception {
    Path file = dir.resolve("baseline.txt");
    Files.writeString(file, "VAL-A\nVAL-B VAL-C\n");

    assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2").hasMessageContaining("VAL-B VAL-C");
  }

  @Test
  void comparisonSortsFailuresIntoNewKnownAndFixed() {
    Baseline baseline = Baseline.of(List.of("KNOWN-1", "KNOWN-2", "FIXED-1", "SKIPPED-1"));
    BaselineComparison c = baseline.compare(List.of(
        Samples.result("KNOWN-1", "STATE", "StartIncident", CheckStatus.FAIL, "still broken"),
        Samples.result("KNOWN-2", "STATE", "StartIncident", CheckStatus.KNOWN, "still broken"),
        Samples.result("NEW-1", "STATE", "StartIncident", CheckStatus.FAIL, "newly broken"),
        Samples.result("NEW-2", "STATE", "StartIncident", CheckStatus.KNOWN, "known to an older baseline"),
        Samples.result("FIXED-1", "STATE", "StartIncident", CheckStatus.PASS, ""),
        Samples.result("SKIPPED-1", "STATE", "StartIncident", CheckStatus.SKIP, "not run"),
        Samples.result("ADV-1", "SDK", "StartIncident", CheckStatus.ADVISORY, "should")));

    assertThat(c.newFailures()).containsExactly("NEW-1", "NEW-2");
    assertThat(c.knownFailures()).containsExactly("KNOWN-1", "KNOWN-2");
    assertThat(c.fixed()).containsExactly("FIXED-1");
    assertThat(c.passes()).isFalse();
    assertThat(Baseline.of(c.stillFailing()).compare(List.of(
        Samples.result("NEW-1", "STATE", "StartIncident", CheckStatus.FAIL, ""))).passes()).isTrue();
  }
}
