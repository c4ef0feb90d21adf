package dev.imkit.generators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * A jqwik arbitrary over one or more programs. Each try picks a program (outside the recorded choices, so
 * shrinking never switches program) and runs it on fresh random choices. The edge cases are each program's
 * simplest value (every choice minimal) and its "full" values, two per union member index (see
 * {@link Source#full(int, boolean)}); with many programs, the simplest values of at most {@link #MAX_SIMPLEST} of
 * them, spread evenly, so that edge cases never crowd out random tries. Maximal collection sizes come from the weighting of random choices instead: a value
 * with every choice maximal would nest maxima (200 parameters of 100 values of 512 characters) into megabytes.
 */
public final class ChoiceArbitrary<T> implements Arbitrary<T> {
  static final int MAX_SIMPLEST = 64;

  private final List<Program<T>> programs;
  private final int fullVariants;
  private final String description;

  /**
   * {@code fullVariants}: the widest union the values contain, which sets how many "full" edge cases there are
   * (0 for none).
   */
  public ChoiceArbitrary(List<Program<T>> programs, int fullVariants, String description) {
    if (programs.isEmpty()) {
      throw new IllegalArgumentException("no program to generate " + description);
    }
    this.programs = List.copyOf(programs);
    this.fullVariants = fullVariants;
    this.description = description;
  }

  @Override
  public RandomGenerator<T> generator(int genSize) {
    return random -> {
      Program<T> program = programs.get(programs.size() == 1 ? 0 : random.nextInt(programs.size()));
      Source source = Source.random(random);
      T value = program.run(source);
      return new ChoiceShrinkable<>(program, source.taken(), value);
    };
  }

  @Override
  public EdgeCases<T> edgeCases(int maxEdgeCases) {
    List<Supplier<Shrinkable<T>>> suppliers = new ArrayList<>();
    int step = (programs.size() + MAX_SIMPLEST - 1) / MAX_SIMPLEST;
    for (int i = 0; i < programs.size(); i += step) {
      Program<T> program = programs.get(i);
      suppliers.add(() -> ChoiceShrinkable.run(program, Source.replay(new long[0])));
    }
    for (int variant = 0; variant < 2 * fullVariants; variant++) {
      int k = variant % fullVariants;
      boolean modulo = variant >= fullVariants;
      if (!(modulo && k == 0)) {
        for (Program<T> program : programs) {
          suppliers.add(() -> ChoiceShrinkable.run(program, Source.full(k, modulo)));
        }
      }
    }
    return EdgeCases.fromSuppliers(suppliers.subList(0, Math.min(maxEdgeCases, suppliers.size())));
  }

  @Override
  public String toString() {
    return description;
  }
}
