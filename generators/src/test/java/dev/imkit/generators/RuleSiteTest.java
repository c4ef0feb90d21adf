package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.generators.api.Binding;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.RuleSite;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule sites are found by walking the input, deep inside lists, maps and unions; impossible breaks are skipped. */
class RuleSiteTest {
  private final IncidentManagerArbitraries im = IncidentManagerArbitraries.current();

  private List<String> sites(IncidentManagerArbitraries at, String op) {
    return at.ruleSites(op).stream().map(s -> s.kind() + " " + s.pointer()).toList();
  }

  @Test
  void sitesReachIntoListsMapsAndUnions() {
    assertThat(sites(im, "CreateResponsePlan")).contains(
        "TOO_FEW_ENTRIES /actions/0/ssmAutomation/dynamicParameters",
        "TOO_MANY_ENTRIES /actions/0/ssmAutomation/dynamicParameters",
        "KEY_TOO_SHORT /actions/0/ssmAutomation/dynamicParameters",
        "KEY_TOO_LONG /actions/0/ssmAutomation/dynamicParameters",
        "UNION_EMPTY /actions/0/ssmAutomation/dynamicParameters/*",
        "UNKNOWN_ENUM_VALUE /actions/0/ssmAutomation/dynamicParameters/*/variable",
        "TOO_LONG /actions/0/ssmAutomation/parameters/*/0",
        "DUPLICATE_ITEMS /engagements",
        "PATTERN_MISMATCH /engagements/0",
        "UNION_MULTIPLE /chatChannel",
        "MISSING_REQUIRED /incidentTemplate/title",
        "BELOW_MINIMUM /incidentTemplate/impact",
        "ABOVE_MAXIMUM /incidentTemplate/impact",
        "KEY_PATTERN_MISMATCH /tags",
        "TOO_LONG /tags/*",
        "WRONG_TYPE /incidentTemplate");
  }

  @Test
  void impossibleBreaksAreSkipped() {
    List<String> sites = sites(im, "CreateResponsePlan");
    assertThat(sites).as("minLength 0 has no too-short").doesNotContain("TOO_SHORT /displayName");
    assertThat(sites).as("a TagKey shorter than 1 would also miss its pattern").doesNotContain("KEY_TOO_SHORT /tags");
    assertThat(sites).as("a one-member union cannot have several").doesNotContain("UNION_MULTIPLE /actions/0");
    assertThat(sites).as("the input document itself has no wrong type").doesNotContain("WRONG_TYPE ");
    assertThat(sites(im, "StartIncident")).as("a GeneratedId cannot be longer than 200 and match its pattern")
        .doesNotContain("TOO_LONG /relatedItems/0/generatedId");
  }

  @Test
  void membersOutsideTheBodyHaveNoWrongTypeButKeepTheirOtherRules() {
    List<RuleSite> sites = im.ruleSites("GetResponsePlan");
    assertThat(sites).extracting(s -> s.kind() + " " + s.pointer() + " " + s.binding()).containsExactly(
        "MISSING_REQUIRED /arn QUERY", "TOO_LONG /arn QUERY", "PATTERN_MISMATCH /arn QUERY");
    assertThat(im.ruleSites("TagResource")).filteredOn(s -> s.pointer().equals("/resourceArn"))
        .extracting(RuleSite::binding).containsOnly(Binding.URI);
  }

  @Test
  void sitesStateTheirRuleAsTheContractDoes() {
    RuleSite impact = im.ruleSites("StartIncident").stream()
        .filter(s -> s.kind() == BreakKind.ABOVE_MAXIMUM && s.pointer().equals("/impact")).findFirst().orElseThrow();
    assertThat(impact.constraint()).isEqualTo("1..5");
    assertThat(impact.shape()).isEqualTo("Impact");
    assertThat(impact.rule().keyword()).isEqualTo("maximum");
  }

  @Test
  void sitesFollowTheRevision() {
    IncidentManagerArbitraries old = IncidentManagerArbitraries.forRevision("2022-03-16");
    assertThat(sites(old, "CreateResponsePlan")).noneMatch(s -> s.contains("dynamicParameters"))
        .noneMatch(s -> s.contains("integrations"));
    assertThat(old.ruleSites("CreateResponsePlan")).filteredOn(s -> s.pointer().equals("/engagements/0"))
        .extracting(RuleSite::constraint).contains("^arn:[-\\w+=/,.@]+:ssm-contacts:[-\\w+=/,.@]*:[0-9]+:([\\w+=/,.@:-]+)*$");
  }
}
