package dev.imkit.suites.internal.checks.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plan created during a walk is named to sort before whatever the walk's first page showed. */
class WalkUnderInsertsTest {
  @Test
  void theNameSortsBeforeAGeneratedNameThatAFixedPrefixWouldNot() {
    // a name another check generated: '7' sorts before 'i', so "0" + "imkit-..." landed behind it
    String first = "07wsoh4511c8402rjn";

    String name = WalkUnderInserts.ahead(first, "imkit-r1-ahead-3", 200);

    assertThat(name).isEqualTo("-imkit-r1-ahead-3");
    assertThat(name.compareTo(first)).isNegative();
  }

  @Test
  void theNameSortsBeforeANameThatStartsWithTheLowestCharacter() {
    String first = "--a";

    String name = WalkUnderInserts.ahead(first, "imkit-r1-ahead-3", 200);

    assertThat(name).startsWith("---imkit");
    assertThat(name.compareTo(first)).isNegative();
  }

  @Test
  void theNameKeepsToTheLongestTheModelAllows() {
    String first = "-".repeat(199) + "z";

    String name = WalkUnderInserts.ahead(first, "imkit-r1-ahead-3", 200);

    assertThat(name).hasSize(200).isEqualTo("-".repeat(200));
    assertThat(name.compareTo(first)).isNegative();
  }
}
