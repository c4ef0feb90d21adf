package dev.imkit.suites.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.Settings;
import org.junit.jupiter.api.Test;

class SelectionTest {
  private static boolean mayRun(String only, String skip, Category category) {
    Settings settings = Settings.defaults();
    if (only != null) {
      settings = settings.with(Settings.ONLY, only);
    }
    if (skip != null) {
      settings = settings.with(Settings.SKIP, skip);
    }
    return Selection.mayRun(settings, category);
  }

  @Test
  void aCategoryIsLeftOutOnlyWhenTheSelectionSurelyLeavesOutEachOfItsChecks() {
    assertThat(mayRun(null, null, Category.STATE)).isTrue();
    assertThat(mayRun("VALIDATION", null, Category.VALIDATION)).isTrue();
    assertThat(mayRun("validation,STATE", null, Category.STATE)).isTrue();
    assertThat(mayRun("VALIDATION", null, Category.PROTOCOL)).isFalse();
    assertThat(mayRun(null, "PROTOCOL", Category.PROTOCOL)).isFalse();
    assertThat(mayRun("PROTOCOL", "protocol", Category.PROTOCOL)).isFalse();
    // an ID, a prefix or an operation may be a check of any category
    assertThat(mayRun("VALIDATION,STATE-CREATE-*", null, Category.STATE)).isTrue();
    assertThat(mayRun("VALIDATION,StartIncident", null, Category.PROTOCOL)).isTrue();
    assertThat(mayRun("PROTO-SUCCESS-GetResponsePlan", null, Category.SDK)).isTrue();
  }
}
