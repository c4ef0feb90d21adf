package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.Level;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Coverage;
import dev.imkit.schemas.api.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractCoverageTest {
  private static final Contract CONTRACT = Contract.current();

  private static CheckResult result(String category, CheckStatus status, String... rules) {
    return new CheckResult("X-" + String.join("-", rules), Category.valueOf(category), List.of(), List.of(rules),
        Level.MUST, "2021-05-11", "2023-11-16", status, 1, "", null, List.of(), -1, "", 0, "", List.of());
  }

  @Test
  void theElementsAreOperationsMembersAndConstrainedShapes() {
    assertThat(ContractCoverage.elements(CONTRACT)).contains("GetResponsePlan", "StartIncidentInput.title",
        "ItemType").doesNotContain("StartIncidentInput");
  }

  @Test
  void checksThatRanCoverTheElementsTheirRulesName() {
    Coverage coverage = ContractCoverage.of(CONTRACT, List.of(
        result("PROTOCOL", CheckStatus.PASS, "GetResponsePlan#http.code"),
        result("PROTOCOL", CheckStatus.FAIL, "CreateResponsePlan#http.code", "NotInTheContract"),
        result("VALIDATION", CheckStatus.ADVISORY, "StartIncidentInput.title"),
        result("VALIDATION", CheckStatus.SKIP, "ItemType")));
    assertThat(coverage.covered()).isEqualTo(3);
    assertThat(coverage.total()).isEqualTo(ContractCoverage.elements(CONTRACT).size());
    assertThat(coverage.byCategory()).containsOnlyKeys("PROTOCOL", "VALIDATION");
    assertThat(coverage.byCategory().get("PROTOCOL").covered()).isEqualTo(2);
    assertThat(coverage.uncovered()).contains("ItemType").doesNotContain("GetResponsePlan");
  }
}
