package dev.imkit.generators;

import dev.imkit.schemas.api.Revisions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/** Draws values from an arbitrary as a default jqwik run does: its edge cases, then seeded random tries. */
final class Draws {
  static final String CURRENT = Revisions.current().name();

  private Draws() {
  }

  static <T> List<T> defaultRun(Arbitrary<T> arbitrary, int tries, long seed) {
    List<T> out = new ArrayList<>();
    for (Shrinkable<T> edge : arbitrary.edgeCases(20)) {
      out.add(edge.value());
    }
    out.addAll(random(arbitrary, tries, seed));
    return out;
  }

  static <T> List<T> random(Arbitrary<T> arbitrary, int tries, long seed) {
    RandomGenerator<T> generator = arbitrary.generator(1000);
    Random random = new Random(seed);
    List<T> out = new ArrayList<>(tries);
    for (int i = 0; i < tries; i++) {
      out.add(generator.next(random).value());
    }
    return out;
  }

  /** Tries per operation: the full count at the current revision, fewer at older ones (they change little). */
  static int triesAt(String revision, int current, int older) {
    return revision.equals(CURRENT) ? current : older;
  }
}
