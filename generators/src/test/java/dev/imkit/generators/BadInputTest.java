package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.MissingReferenceException;
import dev.imkit.generators.api.ReferenceKind;
import dev.imkit.schemas.api.UnknownNameException;
import org.junit.jupiter.api.Test;

/** Bad requests to the generators get one clear error naming what is wrong and what would be right. */
class BadInputTest {
  private final IncidentManagerArbitraries im = IncidentManagerArbitraries.current();

  @Test
  void anUnknownOperationListsTheValidOnes() {
    assertThatThrownBy(() -> im.validInput("StartIncidnet")).isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("unknown operation 'StartIncidnet'").hasMessageContaining("StartIncident")
        .hasMessageContaining("CreateResponsePlan");
    assertThatThrownBy(() -> im.invalidInput("Nope")).isInstanceOf(UnknownNameException.class);
    assertThatThrownBy(() -> im.ruleSites("Nope")).isInstanceOf(UnknownNameException.class);
  }

  @Test
  void anOperationOfALaterRevisionIsUnknownAtAnOlderOne() {
    assertThatThrownBy(() -> IncidentManagerArbitraries.forRevision("2023-03-28").validInput("ListIncidentFindings"))
        .isInstanceOf(UnknownNameException.class).hasMessageContaining("ListIncidentFindings");
  }

  @Test
  void anUnknownRevisionListsTheValidOnes() {
    assertThatThrownBy(() -> IncidentManagerArbitraries.forRevision("2022-13-01"))
        .isInstanceOf(UnknownNameException.class).hasMessageContaining("unknown revision '2022-13-01'")
        .hasMessageContaining("2021-05-11").hasMessageContaining("2023-11-16");
  }

  @Test
  void anUnknownShapeListsTheValidOnes() {
    assertThatThrownBy(() -> im.value("DynamicSsmParameter")).isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("DynamicSsmParameters");
  }

  @Test
  void aStrictContextWithoutAResponsePlanSaysWhatIsMissingAndHowToSupplyIt() {
    IncidentManagerArbitraries strict = im.withContext(GenerationContext.strict());
    assertThatThrownBy(() -> strict.validInput("StartIncident")).isInstanceOfSatisfying(
        MissingReferenceException.class, e -> {
          assertThat(e.reference()).isEqualTo(ReferenceKind.RESPONSE_PLAN);
          assertThat(e.pointer()).isEqualTo("/responsePlanArn");
          assertThat(e.getMessage()).isEqualTo("StartIncident needs a response plan ARN for /responsePlanArn, and the "
              + "strict generation context has none; supply one with GenerationContext.strict()"
              + ".withResponsePlanArns(\"arn:aws:ssm-incidents::111122223333:response-plan/my-plan\")");
        });
    assertThatThrownBy(() -> strict.validInput("GetTimelineEvent")).isInstanceOf(MissingReferenceException.class)
        .hasMessageContaining("a timeline event").hasMessageContaining("withTimelineEvent(");
    assertThatThrownBy(() -> strict.invalidInput("DeleteResourcePolicy"))
        .isInstanceOf(MissingReferenceException.class).hasMessageContaining("withResourcePolicy(");
  }

  @Test
  void aStrictContextStillGeneratesOperationsThatNeedNoReference() {
    IncidentManagerArbitraries strict = im.withContext(GenerationContext.strict());
    assertThat(Draws.random(strict.validInput("ListResponsePlans"), 50, 1))
        .allSatisfy(doc -> assertThat(doc.has("nextToken")).as("no pagination token is invented").isFalse());
  }

  @Test
  void aContextValueThatIsInvalidWhereItGoesIsRefused() {
    IncidentManagerArbitraries bad = im.withContext(GenerationContext.strict().withResponsePlanArns("my-plan"));
    assertThatThrownBy(() -> bad.validInput("StartIncident")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'my-plan' is not a valid Arn at revision 2023-11-16")
        .hasMessageContaining("must satisfy regular expression pattern");
  }

  @Test
  void badContextSettingsAreRefusedWhenSet() {
    assertThatThrownBy(() -> GenerationContext.defaults().withAccountId("1234"))
        .hasMessage("'1234' is not a valid account id (12 digits)");
    assertThatThrownBy(() -> GenerationContext.defaults().withRegion("Moon"))
        .hasMessageContaining("region name such as us-east-1");
    assertThatThrownBy(() -> GenerationContext.defaults().withNamePrefix("bad prefix!"))
        .hasMessageContaining("name prefix");
    assertThatThrownBy(() -> GenerationContext.defaults().withResponsePlanArns((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("cannot be null");
  }

  @Test
  void askingForAKindOfBreakAnOperationDoesNotHaveSaysWhichItHas() {
    assertThatThrownBy(() -> im.invalidInput("GetIncidentRecord", BreakKind.DUPLICATE_ITEMS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GetIncidentRecord has no rule site of kinds [DUPLICATE_ITEMS]")
        .hasMessageContaining("PATTERN_MISMATCH");
  }
}
