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
  void aFileInAnotherEncodingNamesTheFileLineAndByte() throws Exception {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "VAL-A\n# caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path utf16 = dir.resolve("utf16.txt");
    Files.write(utf16, "VAL-A\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));

    assertThatThrownBy(() -> Baseline.read(latin1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseline " + latin1 + " line 2: not UTF-8 text (byte 0xE9): save the file as UTF-8");
    assertThatThrownBy(() -> Baseline.read(utf16)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(utf16 + " line 1: the file is UTF-16 text");
  }

  @Test
  void aByteOrderMarkIsNoPartOfTheFirstId() throws Exception {
    Path file = dir.resolve("bom.txt");
    Files.write(file, "\uFEFFVAL-A\r\nVAL-B\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(Baseline.read(file).checkIds()).containsExactlyInAnyOrder("VAL-A", "VAL-B");
  }

  @Test
  void unknownIdsAreToldWithTheirLines() throws Exception {
    Path file = dir.resolve("baseline.txt");
    Files.writeString(file, "VAL-A\n\n# a comment\nVAL-TYPO  # reason\n");

    assertThat(Baseline.read(file).unknown(List.of("VAL-A"))).containsExactly(file + " line 4: VAL-TYPO");
  }

  @Test
  void theTextOfARunListsItsFailuresAndUnexplainedBlocksWithTheirReasons() throws Exception {
    String text = Baseline.text(Samples.results());
    Path file = Files.writeString(dir.resolve("baseline.txt"), text);

    assertThat(text).startsWith("# imkit baseline").contains(
        "VAL-ENUM-StartIncident-relatedItems.identifier.type  # expected 400 ValidationException for type "
            + "'INVOLVED_RESOURCEX', got 200\n", "PAG-MaxResults-ListIncidentRecords  # maxResults=2 returned 5 items\n",
        Samples.MISSING + "  # PutResourcePolicy: success code")
        .doesNotContain(Samples.BLOCKED.get(0), "PRO-CreateResponsePlan", "SEC-Unsigned");
    assertThat(Baseline.read(file).checkIds()).contains(Samples.MISSING, "STATE-DynamicParameters-CreateResponsePlan");
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
