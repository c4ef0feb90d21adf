package dev.imkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.schemas.api.EcmaPattern;
import org.junit.jupiter.api.Test;

/** Patterns mean what ECMA-262 says, searched as JSON Schema and Smithy say, and never hang. */
class EcmaPatternTest {

  @Test
  void dollarIsTheEndOfInputOnly() {
    EcmaPattern p = EcmaPattern.compile("^[a-z]+$");
    assertThat(p.matches("abc")).isTrue();
    assertThat(p.matches("abc\n")).isFalse();
    assertThat(p.matches("ab\nc")).isFalse();
  }

  @Test
  void dotExcludesEcmaLineTerminatorsButNotNextLine() {
    EcmaPattern p = EcmaPattern.compile("^a.b$");
    assertThat(p.matches("a-b")).isTrue();
    assertThat(p.matches("a\u0085b")).isTrue();
    assertThat(p.matches("a\nb")).isFalse();
    assertThat(p.matches("a\rb")).isFalse();
    assertThat(p.matches("a\u2028b")).isFalse();
  }

  @Test
  void patternsAreSearchedNotAnchored() {
    assertThat(EcmaPattern.compile("[0-9]").matches("abc1def")).isTrue();
    assertThat(EcmaPattern.compile("[$]").matches("a$b")).isTrue();
  }

  @Test
  void lookaheadAndRangesAsInTagKey() {
    EcmaPattern tagKey = EcmaPattern.compile("^(?!aws:)[A-Za-z0-9 _=@:.+-/]+$");
    assertThat(tagKey.matches("team")).isTrue();
    assertThat(tagKey.matches("a,b")).isTrue(); // the range +-/ includes the comma
    assertThat(tagKey.matches("aws:owner")).isFalse();
    assertThat(tagKey.matches("team#1")).isFalse();
  }

  @Test
  void catastrophicBacktrackingIsCutShort() {
    EcmaPattern old = EcmaPattern.compile("^arn:[-\\w+=/,.@]+:ssm-contacts:[-\\w+=/,.@]*:[0-9]+:([\\w+=/,.@:-]+)*$");
    assertThat(old.matches("arn:aws:ssm-contacts:us-east-1:123:contact/a")).isTrue();
    long t0 = System.nanoTime();
    assertThat(old.matches("arn:aws:ssm-contacts:us-east-1:123:" + "a".repeat(5000) + " ")).isFalse();
    assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
  }
}
