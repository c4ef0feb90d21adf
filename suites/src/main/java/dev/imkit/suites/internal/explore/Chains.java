package dev.imkit.suites.internal.explore;

import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The jqwik action chains sequences are drawn from: one action per operation of the target's revision (weighted,
 * drawn only when what it names exists), and the first and next pages of walks. jqwik shrinks a failing chain by
 * leaving steps out and drawing smaller inputs; each step picks its resources when it runs, so a shorter chain
 * still names resources it has.
 */
final class Chains {
  /** Steps of a sequence. */
  static final int LENGTH = 16;
  private static final int FIRST_PAGE_WEIGHT = 4;
  private static final int NEXT_PAGE_WEIGHT = 6;

  private Chains() {
  }

  static ActionChainArbitrary<Sequence> of(Context context, Supplier<Sequence> start) {
    ActionChainArbitrary<Sequence> chain = ActionChain.startWith(start);
    for (Facts.Op op : context.facts().operations().values()) {
      if (context.contract().findOperation(op.name()).isPresent()) {
        chain = chain.withAction(op.weight(), action(s -> s.allows(op.name()),
            context.draws().of(op.name()).map(d -> step(op.name(), d))));
      }
    }
    List<String> lists = Draws.WALKS.stream().filter(l -> context.contract().findOperation(l).isPresent()).toList();
    chain = chain.withAction(FIRST_PAGE_WEIGHT, action(s -> true,
        context.draws().pageStart(lists).map(d -> step("first page of " + d.operation(), d))));
    chain = chain.withAction(NEXT_PAGE_WEIGHT, action(Sequence::walking,
        context.draws().pageNext().map(d -> step("next page", d))));
    return chain.withMaxTransformations(LENGTH);
  }

  private static Transformer<Sequence> step(String description, Draw draw) {
    return Transformer.mutate(description, s -> s.perform(draw));
  }

  private static Action.Independent<Sequence> action(java.util.function.Predicate<Sequence> when,
      Arbitrary<Transformer<Sequence>> steps) {
    return new Action.Independent<>() {
      @Override
      public boolean precondition(Sequence state) {
        return when.test(state);
      }

      @Override
      public Arbitrary<Transformer<Sequence>> transformer() {
        return steps;
      }
    };
  }
}
