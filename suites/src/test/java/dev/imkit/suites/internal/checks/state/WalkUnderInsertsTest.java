package dev.imkit.suites.internal.checks.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan created during a walk is named to sort before whatever the walk's first page showed. */
class WalkUnderInsertsTest {
  static Stream<Arguments> firstItems() {
    return Stream.of(
        // a name another check generated: '7' sorts before 'i', so a fixed "0" + "imkit-..." landed behind it
        Arguments.of("07wsoh4511c8402rjn", "-imkit-r1-ahead-3"),
        // a name that starts with the lowest character the pattern allows
        Arguments.of("--a", "---imkit-r1-ahead-3"),
        // as long as the model allows: the name is cut to that length and still sorts first
        Arguments.of("-".repeat(199) + "z", "-".repeat(200)));
  }

  @ParameterizedTest
  @MethodSource("firstItems")
  void theNameSortsBeforeTheFirstPagesItem(String first, String expected) {
    String name = WalkUnderInserts.ahead(first, "imkit-r1-ahead-3", 200);

    assertThat(name).isEqualTo(expected);
    assertThat(name.compareTo(first)).isNegative();
  }
}
