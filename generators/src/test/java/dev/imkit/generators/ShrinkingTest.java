package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.RuleSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Shrinkable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Shrinking an invalid input keeps it invalid for the same reason: every shrink candidate keeps its label. */
class ShrinkingTest {
  private static final int STEPS = 60;
  private static final int CANDIDATES_CHECKED_PER_STEP = 8;

  /**
   * At every rule site, shrinks a generated input the way jqwik does when a property keeps failing (take the
   * first smaller candidate, again and again) and checks every candidate looked at on the way.
   */
  @TestFactory
  Stream<DynamicTest> everyShrinkCandidateKeepsItsLabel() {
    IncidentManagerArbitraries im = IncidentManagerArbitraries.current();
    return im.operations().stream().map(op -> DynamicTest.dynamicTest(op, () -> {
      for (RuleSite site : im.ruleSites(op)) {
        Shrinkable<InvalidInput> current = im.invalidInput(op, site).generator(1000).next(new Random(site.hashCode()));
        assertThat(Labels.holds(current.value())).as("generated %s", current.value()).isTrue();
        for (int step = 0; step < STEPS; step++) {
          List<Shrinkable<InvalidInput>> candidates = current.shrink().limit(CANDIDATES_CHECKED_PER_STEP)
              .collect(Collectors.toList());
          if (candidates.isEmpty()) {
            break;
          }
          for (Shrinkable<InvalidInput> c : candidates) {
            InvalidInput in = c.value();
            assertThat(in.label().site()).isEqualTo(site);
            assertThat(Labels.holds(in)).as("shrunk %s", in).isTrue();
            assertThat(c.distance()).isLessThan(current.distance());
          }
          current = candidates.get(0);
        }
      }
    }));
  }

  /** jqwik itself shrinks deliberately failing properties; every sample it tries on the way keeps its label. */
  @Test
  void jqwikShrinksDeliberatelyFailingPropertiesWithoutLosingTheLabel(@TempDir Path dir) {
    DeliberatelyFailingProperties.SEEN.clear();
    DeliberatelyFailingProperties.FAILED.clear();
    var results = EngineTestKit.engine("jqwik")
        .configurationParameter("jqwik.database", dir.resolve("jqwik-database").toString())
        .selectors(selectClass(DeliberatelyFailingProperties.class)).execute();
    results.testEvents().assertStatistics(stats -> stats.started(3).failed(3));
    List<InvalidInput> seen = List.copyOf(DeliberatelyFailingProperties.SEEN);
    List<InvalidInput> failed = List.copyOf(DeliberatelyFailingProperties.FAILED);
    assertThat(failed.size()).as("failing samples, shrunk ones included").isGreaterThan(3);
    assertThat(failed.stream().mapToInt(in -> in.document().toString().length()).min().getAsInt())
        .as("jqwik found smaller failing samples").isLessThan(failed.get(0).document().toString().length());
    assertThat(seen).allSatisfy(in -> assertThat(Labels.holds(in)).as("%s", in).isTrue());
  }
}
