package dev.imkit.generators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.EcmaPattern;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.Shape;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Pattern strings match their pattern at any length the pattern and the bounds allow. */
class PatternStringsTest {
  private static final String TAG_KEY = "^(?!aws:)[A-Za-z0-9 _=@:.+-/]+$";

  @Test
  void patternsSplitIntoAPrefixAndARepeatedTail() {
    assertThat(RegexSplit.of("^arn:aws(-cn|-us-gov)?:[a-z0-9-]*:[a-z0-9-]*:([0-9]{12})?:.+$")).isEqualTo(
        new RegexSplit("arn:aws(-cn|-us-gov)?:[a-z0-9-]*:[a-z0-9-]*:([0-9]{12})?:", ".", true, 1,
            Integer.MAX_VALUE, ""));
    assertThat(RegexSplit.of(TAG_KEY))
        .isEqualTo(new RegexSplit("", "[A-Za-z0-9 _=@:.+-/]", true, 1, Integer.MAX_VALUE, "(?!aws:)"));
    assertThat(RegexSplit.of("^[a-zA-Z0-9_\\-.:/]{3,128}$"))
        .isEqualTo(new RegexSplit("", "[a-zA-Z0-9_\\-.:/]", true, 3, 128, ""));
    assertThat(RegexSplit.of("^related-item/(A|B)/([0-9]|[A-F]){32}$"))
        .isEqualTo(new RegexSplit("related-item/(A|B)/", "([0-9]|[A-F])", false, 32, 32, ""));
    assertThat(RegexSplit.of("^a+|b$")).as("top-level alternation").isNull();
  }

  @Test
  void everyContractPatternIsGeneratedAtItsBoundsWhereItCanBe() {
    Set<String> seen = new TreeSet<>();
    for (String rev : Revisions.names()) {
      for (Shape s : Contract.at(rev).shapes().values()) {
        if (s.pattern().isPresent() && seen.add(s.pattern().get() + s.min() + s.max())) {
          checkBounds(s);
        }
      }
    }
    assertThat(seen).hasSizeGreaterThanOrEqualTo(9);
  }

  private static void checkBounds(Shape s) {
    PatternStrings strings = new PatternStrings(s.pattern().get());
    EcmaPattern ecma = EcmaPattern.compile(s.pattern().get());
    int lo = (int) s.min().orElse(0);
    int hi = GenBuilder.textMax(s);
    Random random = new Random(s.name().hashCode());
    Set<Integer> lengths = new TreeSet<>();
    for (int i = 0; i < 2000; i++) {
      String v = strings.next(Source.random(random), lo, hi);
      if (v != null) {
        assertThat(ecma.matches(v)).as("%s matches %s", v, s.pattern().get()).isTrue();
        int n = v.codePointCount(0, v.length());
        assertThat(n).isBetween(lo, hi);
        lengths.add(n);
      }
    }
    assertThat(lengths).as("%s generates strings", s.name()).isNotEmpty();
    if (RegexSplit.of(s.pattern().get()).max() == Integer.MAX_VALUE && s.max().isPresent()) {
      assertThat(lengths).as("%s reaches its maximum length", s.name()).contains(hi);
    }
  }

  @Test
  void tagKeysNeverStartWithTheReservedPrefix() {
    PatternStrings strings = new PatternStrings(TAG_KEY);
    Random random = new Random(1);
    for (int i = 0; i < 20_000; i++) {
      String v = strings.next(Source.random(random), 1, 128);
      assertThat(v).doesNotStartWith("aws:");
    }
    assertThat(new MismatchGenProbe(TAG_KEY).findsPrefix("aws:")).as("aws: keys are among the mismatches").isTrue();
  }

  @Test
  void lengthsOutsideWhatThePatternAllowsAreRefused() {
    PatternStrings generatedId = new PatternStrings(
        "^related-item/(ANALYSIS|INCIDENT|METRIC|PARENT|ATTACHMENT|OTHER|AUTOMATION|INVOLVED_RESOURCE|TASK)/([0-9]|[A-F]){32}$");
    assertThat(generatedId.witness(201, 216)).isNull();
    assertThat(generatedId.witness(0, 200)).startsWith("related-item/");
  }

  /** Looks for a mismatching TagKey with a given prefix, the way MismatchGen makes them. */
  private record MismatchGenProbe(String pattern) {
    boolean findsPrefix(String prefix) {
      MismatchGen gen = MismatchGen.of(new PatternStrings(pattern), 1, 128);
      Random random = new Random(2);
      for (int i = 0; i < 2000; i++) {
        String v = gen.next(Run.of(Source.random(random), References.Picked.NONE)).textValue();
        assertThat(EcmaPattern.compile(pattern).matches(v)).isFalse();
        if (v.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }
}
