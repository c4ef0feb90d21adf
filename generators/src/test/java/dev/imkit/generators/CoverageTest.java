package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.internal.Generators;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A default run (the edge cases, then 1,000 tries) of each operation's valid inputs covers every enum value,
 * union member, optional member and boundary of its input, and free text with multi-byte and astral code points.
 */
class CoverageTest {
  private static final Contract CONTRACT = Contract.current();
  private static final IncidentManagerArbitraries IM = IncidentManagerArbitraries.current();
  private static final Generators INTERNAL = new Generators(CONTRACT, IM.context());

  @TestFactory
  Stream<DynamicTest> aDefaultRunCoversEveryValueMemberAndBoundary() {
    return CONTRACT.operations().stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> {
      Shape input = CONTRACT.shape(op.input());
      Targets targets = new Targets(CONTRACT.shapes(), INTERNAL.hookedPointers(op.name()));
      targets.add(input, "", false);
      Coverage coverage = cover(op);
      Set<String> missed = new TreeSet<>(targets.facts);
      missed.removeAll(coverage.facts);
      assertThat(missed).as("not covered in a default run of %s", op.name()).isEmpty();
    }));
  }

  @Test
  void freeTextCarriesMultiByteAndAstralCodePoints() {
    Coverage coverage = cover(CONTRACT.operation("CreateTimelineEvent"));
    assertThat(coverage.multiByte).isTrue();
    assertThat(coverage.astral).isTrue();
  }

  @Test
  void onlyTheDocumentedSitesAreHooked() {
    assertThat(INTERNAL.hookedPointers("StartIncident")).isEqualTo(Map.of(
        "/clientToken", "realistic",
        "/relatedItems/0/generatedId", "not sent",
        "/relatedItems/0/identifier/value/metricDefinition", "realistic",
        "/relatedItems/0/identifier/value/url", "realistic",
        "/responsePlanArn", "reference"));
    assertThat(INTERNAL.hookedPointers("CreateReplicationSet")).isEqualTo(Map.of(
        "/clientToken", "realistic",
        "/regions/{key}", "realistic",
        "/regions/*/sseKmsKeyId", "realistic"));
  }

  @Test
  void theTargetsAreNotEmpty() {
    Targets targets = new Targets(CONTRACT.shapes(), INTERNAL.hookedPointers("CreateResponsePlan"));
    targets.add(CONTRACT.shape("CreateResponsePlanInput"), "", false);
    assertThat(targets.facts).contains("/actions/0/ssmAutomation/dynamicParameters max",
        "/actions/0/ssmAutomation/dynamicParameters/*/variable = INVOLVED_RESOURCES", "/chatChannel member empty",
        "/incidentTemplate/impact max", "/incidentTemplate/incidentTags/{key} max", "/tags present");
  }

  private static Coverage cover(Operation op) {
    Coverage coverage = new Coverage(CONTRACT.shapes());
    for (ObjectNode doc : Draws.defaultRun(IM.validInput(op.name()), 1000, 1)) {
      coverage.add(CONTRACT.shape(op.input()), doc, "");
    }
    return coverage;
  }
}
