package dev.imkit.suites.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.imkit.reports.api.Level;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which sequences showing a finding are shrunk: a few, more while the shortest is long, and any shorter one. */
class FindingsTest {
  private static final String ID = finding(1).id();

  private static Finding finding(int steps) {
    List<Step> seq = IntStream.rangeClosed(1, steps).mapToObj(i -> new Step(i, "ListResponsePlans",
        JsonNodeFactory.instance.objectNode(), List.of(), List.of())).toList();
    Divergence d = new Divergence(Comparison.values()[0], Level.MUST, "ListResponsePlans", "extra", "differs",
        seq.get(steps - 1), "");
    return new Finding(d, seq, 0, steps, 1, true, "replay");
  }

  /** Claims and shrinks sequences of {@code drawn} steps, each shrunk to {@code shrunk}; how many were claimed. */
  private static int shrinks(Findings findings, String id, int drawn, int shrunk) {
    int claimed = 0;
    for (int i = 0; i < 40; i++) {
      if (findings.claim(id, drawn)) {
        claimed++;
        findings.add(finding(shrunk));
      }
    }
    return claimed;
  }

  @Test
  void aFindingShrunkShortIsShrunkAgainOnlyAFewTimes() {
    assertThat(shrinks(new Findings(), ID, 12, 3)).isEqualTo(Findings.SHRINKS);
  }

  @Test
  void aFindingWhoseShortestSequenceIsStillLongIsShrunkFromMoreSequences() {
    assertThat(shrinks(new Findings(), ID, 12, Findings.SHORT + 1)).isEqualTo(Findings.SHRINKS_WHILE_LONG);
  }

  @Test
  void aSequenceShorterThanTheShortestIsAlwaysShrunkAndOneBeingShrunkIsNotClaimedTwice() {
    Findings findings = new Findings();
    assertThat(findings.claim(ID, 9)).isTrue();
    assertThat(findings.claim(ID, 2)).as("while the first is being shrunk").isFalse();
    findings.add(finding(3));
    shrinks(findings, ID, 12, 3);
    assertThat(findings.claim(ID, 2)).isTrue();
    findings.add(finding(2));
    assertThat(findings.steps()).containsEntry(ID, 2);
  }
}
