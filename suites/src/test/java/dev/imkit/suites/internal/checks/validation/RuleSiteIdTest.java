package dev.imkit.suites.internal.checks.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.generators.api.BreakKind;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleSiteIdTest {

  @Test
  void pathsKeepListItemsAndMapValuesApart() {
    assertThat(RuleSiteId.path("/findingIds")).isEqualTo("findingIds");
    assertThat(RuleSiteId.path("/findingIds/0")).isEqualTo("findingIds[]");
    assertThat(RuleSiteId.path("/actions/0/ssmAutomation/dynamicParameters/*"))
        .isEqualTo("actions[].ssmAutomation.dynamicParameters{}");
    assertThat(RuleSiteId.path("")).isEqualTo("root");
  }

  @Test
  void everyBreakKindHasItsOwnOneWordKind() {
    Set<String> kinds = Arrays.stream(BreakKind.values()).map(RuleSiteId::kind).collect(Collectors.toSet());
    assertThat(kinds).hasSize(BreakKind.values().length).allMatch(k -> k.matches("[A-Z]+"));
  }
}
