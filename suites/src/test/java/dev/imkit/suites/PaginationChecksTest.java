package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultCategory;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The PAGINATION checks pass against the clean emulator; each PAGINATION fault fails exactly its checks. */
class PaginationChecksTest {
  private static final Set<String> MULTI_PAGE = Set.of("PAGE-WALK-GetResourcePolicies",
      "PAGE-WALK-ListIncidentRecords", "PAGE-WALK-ListRelatedItems", "PAGE-WALK-ListResponsePlans",
      "PAGE-WALK-ListTimelineEvents");

  /** Fault → the checks it fails. The account's one replication set fits one page, so only endless pages show. */
  private static final Map<Fault, Set<String>> FAILING = Map.of(
      Fault.REPEAT_ACROSS_PAGES, MULTI_PAGE,
      Fault.IGNORE_MAX_RESULTS, MULTI_PAGE,
      Fault.PAGINATION_IGNORED, MULTI_PAGE,
      Fault.ENDLESS_PAGINATION, union(MULTI_PAGE, "PAGE-WALK-ListReplicationSets"),
      // only a walk with an insert between its pages shows it: the STATE-LIST-INSERT checks (StateChecksTest)
      Fault.PAGE_TOKEN_BROKEN_BY_INSERT, Set.of());

  @Test
  void cleanEmulatorPassesOrSkipsWithAReason() {
    Runs.Outcome outcome = Runs.run(Map.of(), Category.PAGINATION);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.passed()).containsAll(MULTI_PAGE).contains("PAGE-WALK-ListReplicationSets");
    assertThat(outcome.aborted()).containsOnlyKeys("PAGE-WALK-ListIncidentFindings");
    assertThat(outcome.aborted().get("PAGE-WALK-ListIncidentFindings")).contains("no call that creates its items");
  }

  @Test
  void everyPaginationFaultIsInTheTable() {
    assertThat(FAILING.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(Fault.values()).filter(f -> f.category() == FaultCategory.PAGINATION).toList());
  }

  static Stream<Arguments> faults() {
    return FAILING.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void eachFaultFailsExactlyItsChecks(Fault fault, Set<String> expected) {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", fault.id()), Category.PAGINATION);
    assertThat(outcome.failures().keySet()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void failureMessagesNameTheOperationTheRuleAndTheAnswer() {
    Runs.Outcome endless = Runs.run(Map.of("imkit.emulator.faults", "endless-pagination"), Category.PAGINATION);
    assertThat(endless.failures().get("PAGE-WALK-ListResponsePlans"))
        .startsWith("ListResponsePlans: ListResponsePlans pages (maxResults 2, nextToken/nextToken)")
        .contains("the nextToken it was sent").contains("the target answered 200 {\"responsePlanSummaries\":[]");
    Runs.Outcome big = Runs.run(Map.of("imkit.emulator.faults", "ignore-max-results"), Category.PAGINATION);
    assertThat(big.failures().get("PAGE-WALK-ListRelatedItems"))
        .startsWith("ListRelatedItems: ").contains("at most 2 relatedItems per page, got 5")
        .contains("the target answered 200 {\"relatedItems\":");
  }

  /**
   * Pages that never end fail the checks of other categories that read a list, each under the one root cause of
   * the operation's pages (its PAGE-WALK check), so the report shows one deviation, not a failure per rule.
   */
  @Test
  void listsThatNeverEndAreOneRootCausePerOperation() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", "endless-pagination"), Category.STATE,
        Category.PAGINATION);
    List<CheckResult> failed = outcome.records().stream().filter(r -> r.status() == CheckStatus.FAIL).toList();
    assertThat(failed).extracting(CheckResult::id).contains("STATE-LIST-ListResponsePlans",
        "STATE-FILTER-ListIncidentRecords-status", "STATE-ADD-UpdateRelatedItems", "PAGE-WALK-ListResponsePlans");
    assertThat(failed).filteredOn(r -> r.message().contains("pages to end")).allSatisfy(r -> {
      String op = r.cause().key().substring("endless-pages:".length());
      assertThat(r.cause().key()).startsWith("endless-pages:");
      assertThat(r.cause().reportedBy()).isEqualTo("PAGE-WALK-" + op);
      assertThat(r.message()).startsWith(op + ": ");
    });
    assertThat(failed.stream().filter(r -> r.cause() != null).map(r -> r.cause().key()).distinct())
        .containsExactlyInAnyOrder("endless-pages:ListResponsePlans", "endless-pages:ListIncidentRecords",
            "endless-pages:ListTimelineEvents", "endless-pages:ListRelatedItems",
            "endless-pages:GetResourcePolicies", "endless-pages:ListReplicationSets");
  }

  private static Set<String> union(Set<String> set, String more) {
    return Stream.concat(set.stream(), Stream.of(more)).collect(java.util.stream.Collectors.toSet());
  }
}
