package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.FaultCategory;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Category} is the one list of check categories: the check class yields one container per category in its
 * order, a category is selected by its container, and the emulator's fault categories name the same kinds.
 */
class CategoriesTest {

  @Test
  void selectingACategoryRunsItsChecksOnly() {
    for (Category category : new Category[] {Category.PAGINATION, Category.SECURITY}) {
      Runs.Outcome outcome = Runs.run(Map.of(), category);
      assertThat(outcome.records()).isNotEmpty().extracting(CheckResult::category).containsOnly(category);
      assertThat(outcome.records()).extracting(CheckResult::id).allMatch(id -> id.startsWith(category.prefix() + "-"));
    }
  }

  @Test
  void theEmulatorsFaultCategoriesAreTheCheckCategories() {
    // the emulator does not depend on the reports module, so it keeps its own enum; it must name the same kinds
    assertThat(Arrays.stream(FaultCategory.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(Category.values()).map(Enum::name).toList());
  }
}
