package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.InvalidInputFor;
import dev.imkit.generators.api.ValidInput;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Validator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The examples of README.md, compiled and run. The "server" here is the schemas validator standing in for the
 * implementation under test; in your own tests, send the document to your implementation instead.
 */
class ReadmeExampleTest {
  static final String MY_PLAN = "arn:aws:ssm-incidents::111122223333:response-plan/checkout-outage";
  static final Validator SERVER = Contract.current().validator();

  // README: valid inputs
  @Property(tries = 200)
  void acceptsEveryValidStartIncident(@ForAll @ValidInput(operation = "StartIncident") ObjectNode input) {
    ValidationReport answer = SERVER.input("StartIncident", input);
    assertThat(answer.violations()).isEmpty();
  }

  // README: invalid inputs
  @Property(tries = 200)
  void rejectsEachBrokenRuleForTheRightReason(
      @ForAll @InvalidInputFor(operation = "CreateResponsePlan") InvalidInput input) {
    ValidationReport answer = SERVER.input("CreateResponsePlan", input.document());
    assertThat(answer.violations()).singleElement().matches(input.label()::matches, input.label().toString());
  }

  // README: a context
  @Provide
  Arbitrary<ObjectNode> startsOfMyPlan() {
    GenerationContext ctx = GenerationContext.strict().withResponsePlanArns(MY_PLAN);
    return IncidentManagerArbitraries.current().withContext(ctx).validInput("StartIncident");
  }

  @Property(tries = 100)
  void startsReferToAnExistingPlan(@ForAll("startsOfMyPlan") ObjectNode input) {
    assertThat(input.get("responsePlanArn").textValue()).isEqualTo(MY_PLAN);
  }

  // README: kinds, revisions and rule sites
  @Provide
  Arbitrary<InvalidInput> tooLongOrBadPatternAtTheSeedRevision() {
    return IncidentManagerArbitraries.forRevision("2022-05-12")
        .invalidInput("CreateResponsePlan", BreakKind.TOO_LONG, BreakKind.PATTERN_MISMATCH);
  }

  @Property(tries = 100)
  void labelsNameTheRuleAsTheContractStatesIt(@ForAll("tooLongOrBadPatternAtTheSeedRevision") InvalidInput input) {
    assertThat(input.label().kind()).isIn(BreakKind.TOO_LONG, BreakKind.PATTERN_MISMATCH);
    assertThat(input.label().constraint()).isNotEmpty();
  }
}
