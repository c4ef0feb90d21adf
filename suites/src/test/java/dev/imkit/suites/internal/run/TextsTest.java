package dev.imkit.suites.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void aCutNeverSplitsACharacter() {
    String emojis = "ab\uD83D\uDE00cd";
    assertThat(Texts.cut(emojis, 3)).isEqualTo("ab…");
    assertThat(Texts.cut(emojis, 4)).isEqualTo("ab\uD83D\uDE00…");
    assertThat(Texts.cut(emojis, 6)).isEqualTo(emojis);
  }

  @Test
  void oneLineJoinsWhiteSpaceThenCuts() {
    assertThat(Texts.oneLine("a\n  b\tc", 10)).isEqualTo("a b c");
    assertThat(Texts.oneLine("a\n  b\tcdef", 4)).isEqualTo("a b …");
  }
}
