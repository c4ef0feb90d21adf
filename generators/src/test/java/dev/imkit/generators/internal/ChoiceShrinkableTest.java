package dev.imkit.generators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Shrinkable;
import org.junit.jupiter.api.Test;

/** Values replay from their choices, shrink to smaller ones, and are handed out fresh after the first time. */
class ChoiceShrinkableTest {
  private final Program<String> text = source -> TextGen.text(source, source.length(0, 40));

  @Test
  void theSameChoicesGiveTheSameValue() {
    Source source = Source.random(new Random(1));
    String value = text.run(source);
    assertThat(text.run(Source.replay(source.taken()))).isEqualTo(value);
  }

  @Test
  void shrinkingEndsAtTheSimplestValue() {
    Shrinkable<String> s = new ChoiceArbitrary<>(List.of(text), 1, "text").generator(100).next(new Random(3));
    while (true) {
      var next = s.shrink().findFirst();
      if (next.isEmpty()) {
        break;
      }
      assertThat(next.get().distance()).isLessThan(s.distance());
      s = next.get();
    }
    assertThat(s.value()).isEmpty();
  }

  @Test
  void trailingZerosAreNotEditedSinceAReplayReadsThemAnyway() {
    AtomicInteger replays = new AtomicInteger();
    Program<String> letters = source -> {
      replays.incrementAndGet();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        b.append((char) ('a' + source.pick(26)));
      }
      return b.toString();
    };
    // the simplest value (300 zeros) has nothing left to shrink, and finds that out without replaying anything
    ChoiceShrinkable<String> simplest = ChoiceShrinkable.run(letters, Source.replay(new long[0]));
    replays.set(0);
    assertThat(simplest.shrink()).isEmpty();
    assertThat(replays).hasValue(0);
    // one letter not an 'a': every edit changes the first three choices, the only ones a replay does not default
    long[] c = new long[300];
    c[2] = 5;
    assertThat(ShrinkCandidates.of(c)).isNotEmpty()
        .allSatisfy(edit -> assertThat(Arrays.copyOf(edit, 3)).isNotEqualTo(Arrays.copyOf(c, 3)));
  }

  @Test
  void aSecondCallToValueGivesAnEqualButSeparateObject() {
    Program<StringBuilder> mutable = source -> new StringBuilder(TextGen.text(source, 5));
    Shrinkable<StringBuilder> s = new ChoiceArbitrary<>(List.of(mutable), 1, "builders").generator(100)
        .next(new Random(4));
    StringBuilder first = s.value();
    String generated = first.toString();
    first.append("changed by the property");
    StringBuilder second = s.value();
    assertThat(second).isNotSameAs(first);
    assertThat(second.toString()).isEqualTo(generated);
  }
}
