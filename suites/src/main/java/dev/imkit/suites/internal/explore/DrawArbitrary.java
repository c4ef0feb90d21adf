package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;

/**
 * Draws of one kind of step: an operation among {@code operations}, its generated input and four choices. Its
 * generator is built here rather than by jqwik's combinators, whose generators jqwik memoizes in a store that
 * exists only on jqwik's own threads: exploration draws on its workers, outside any property.
 */
final class DrawArbitrary implements Arbitrary<Draw> {
  private static final int CHOICES = 4;
  private static final int CHOICE_BOUND = 10_000;
  private final Draw.Move move;
  private final List<String> operations;
  private final Function<String, Arbitrary<ObjectNode>> inputs;
  private final Map<String, RandomGenerator<ObjectNode>> generators = new ConcurrentHashMap<>();

  DrawArbitrary(Draw.Move move, List<String> operations, Function<String, Arbitrary<ObjectNode>> inputs) {
    this.move = move;
    this.operations = List.copyOf(operations);
    this.inputs = inputs;
  }

  @Override
  public RandomGenerator<Draw> generator(int genSize) {
    return random -> {
      String op = operations.get(operations.size() == 1 ? 0 : random.nextInt(operations.size()));
      Shrinkable<ObjectNode> input = op.isEmpty() ? Shrinkable.unshrinkable(Draws.object())
          : generators.computeIfAbsent(op, o -> inputs.apply(o).generator(genSize)).next(random);
      int[] choices = IntStream.range(0, CHOICES).map(i -> random.nextInt(CHOICE_BOUND)).toArray();
      return new DrawShrinkable(move, op, input, choices);
    };
  }

  @Override
  public boolean isGeneratorMemoizable() {
    return false;
  }

  @Override
  public EdgeCases<Draw> edgeCases(int maxEdgeCases) {
    return EdgeCases.none();
  }

  /** A drawn step: shrinks its input (as the generators do) and its choices (towards the first resource). */
  private record DrawShrinkable(Draw.Move move, String operation, Shrinkable<ObjectNode> input, int[] choices)
      implements Shrinkable<Draw> {

    @Override
    public Draw value() {
      return new Draw(move, operation, input.value(), choices.clone());
    }

    @Override
    public Stream<Shrinkable<Draw>> shrink() {
      Stream<Shrinkable<Draw>> smallerChoices = IntStream.range(0, choices.length).filter(i -> choices[i] > 0)
          .mapToObj(i -> {
            int[] c = choices.clone();
            c[i] = c[i] / 2;
            return (Shrinkable<Draw>) new DrawShrinkable(move, operation, input, c);
          });
      Stream<Shrinkable<Draw>> smallerInput = input.shrink()
          .map(s -> (Shrinkable<Draw>) new DrawShrinkable(move, operation, s, choices));
      return Stream.concat(smallerInput, smallerChoices);
    }

    @Override
    public ShrinkingDistance distance() {
      return input.distance().append(ShrinkingDistance.of(Arrays.stream(choices).asLongStream().sum()));
    }
  }
}
