package dev.imkit.suites.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.suites.api.CheckInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractCoverageTest {
  private static final Contract CONTRACT = Contract.current();

  private static CheckResult result(Category category, CheckStatus status, String... rules) {
    return new CheckResult("X-" + String.join("-", rules), category, List.of(), List.of(rules), Level.MUST,
        "2021-05-11", "2023-11-16", status, 1, "", null, List.of(), -1, "", 0, "", List.of());
  }

  private static CheckInfo info(Category category, String... rules) {
    return new CheckInfo("X-" + String.join("-", rules), category, List.of(), List.of(rules), Level.MUST,
        "2021-05-11", false, "");
  }

  @Test
  void theRulesAreOperationsMembersAndConstrainedShapes() {
    assertThat(ContractCoverage.elements(CONTRACT)).contains("GetResponsePlan", "StartIncidentInput.title",
        "ItemType").doesNotContain("StartIncidentInput");
  }

  @Test
  void onlyChecksThatJudgedCoverAndEachCategoryIsHeldToItsOwnRules() {
    List<CheckInfo> catalogue = List.of(info(Category.PROTOCOL, "GetResponsePlan#http.code"),
        info(Category.PROTOCOL, "CreateResponsePlan#http.code", "NotInTheContract"),
        info(Category.VALIDATION, "StartIncidentInput.title"), info(Category.VALIDATION, "ItemType"),
        info(Category.VALIDATION, "StartIncidentInput.impact"));
    Coverage coverage = ContractCoverage.of(CONTRACT, catalogue, List.of(
        result(Category.PROTOCOL, CheckStatus.PASS, "GetResponsePlan#http.code"),
        result(Category.PROTOCOL, CheckStatus.FAIL, "CreateResponsePlan#http.code", "NotInTheContract"),
        result(Category.VALIDATION, CheckStatus.ADVISORY, "StartIncidentInput.title"),
        result(Category.VALIDATION, CheckStatus.SKIP, "ItemType"),
        result(Category.VALIDATION, CheckStatus.BLOCKED, "StartIncidentInput.impact")));

    assertThat(coverage.covered()).isEqualTo(3);
    assertThat(coverage.total()).isEqualTo(ContractCoverage.elements(CONTRACT).size());
    assertThat(coverage.byCategory()).containsOnlyKeys(Category.PROTOCOL, Category.VALIDATION);
    assertThat(coverage.byCategory().get(Category.PROTOCOL)).isEqualTo(new Coverage.Part(2, 2));
    assertThat(coverage.byCategory().get(Category.VALIDATION)).isEqualTo(new Coverage.Part(1, 3));
    assertThat(coverage.uncovered()).contains("UpdateTimelineEventInput.eventReferences")
        .doesNotContain("GetResponsePlan", "ItemType");
  }

  @Test
  void aRuleNamingAStructureCoversItsMembers() {
    List<CheckInfo> catalogue = List.of(info(Category.SCHEMA, "GetResponsePlanOutput"));
    Coverage coverage = ContractCoverage.of(CONTRACT, catalogue,
        List.of(result(Category.SCHEMA, CheckStatus.PASS, "GetResponsePlanOutput")));

    assertThat(coverage.covered()).isEqualTo(CONTRACT.shape("GetResponsePlanOutput").members().size());
  }

  @Test
  void theCataloguesCategoriesEachHaveRulesOfTheirOwn() {
    Coverage coverage = ContractCoverage.of(CONTRACT, Catalogue.current(), List.of());

    assertThat(coverage.covered()).isZero();
    assertThat(coverage.byCategory()).containsKeys(Category.PROTOCOL, Category.SCHEMA, Category.VALIDATION,
        Category.STATE, Category.SDK);
    coverage.byCategory().values().forEach(p -> assertThat(p.total()).isPositive().isLessThan(coverage.total()));
  }
}
