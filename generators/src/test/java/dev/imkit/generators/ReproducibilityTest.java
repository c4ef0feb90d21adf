package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same sequence of values; another seed gives another. Idempotency tokens also follow the
 * context's name prefix (unique per run), so that a run repeated with the same seed sends none of the tokens a target
 * kept from the first with another input.
 */
class ReproducibilityTest {
  private final IncidentManagerArbitraries im = IncidentManagerArbitraries.current();

  @Test
  void validInputsFollowTheSeed() {
    for (String op : im.operations()) {
      assertThat(Draws.random(im.validInput(op), 50, 42)).as(op).isEqualTo(Draws.random(im.validInput(op), 50, 42));
    }
    assertThat(Draws.random(im.validInput("CreateResponsePlan"), 50, 42))
        .isNotEqualTo(Draws.random(im.validInput("CreateResponsePlan"), 50, 43));
  }

  @Test
  void invalidInputsAndTheirLabelsFollowTheSeed() {
    for (String op : im.operations()) {
      assertThat(Draws.random(im.invalidInput(op), 50, 7)).as(op).isEqualTo(Draws.random(im.invalidInput(op), 50, 7));
    }
    assertThat(Draws.random(im.invalidInput("StartIncident"), 50, 7))
        .isNotEqualTo(Draws.random(im.invalidInput("StartIncident"), 50, 8));
  }

  @Test
  void aFreshInstanceOfTheSameRevisionGivesTheSameValues() {
    IncidentManagerArbitraries again = IncidentManagerArbitraries.current().withContext(im.context());
    assertThat(Draws.random(again.validInput("StartIncident"), 50, 3))
        .isEqualTo(Draws.random(im.validInput("StartIncident"), 50, 3));
  }

  @Test
  void idempotencyTokensFollowTheSeedAndTheNamePrefix() {
    IncidentManagerArbitraries run1 = im.withContext(im.context().withNamePrefix("imkit-0a1b2c3d-"));
    IncidentManagerArbitraries run2 = im.withContext(im.context().withNamePrefix("imkit-4e5f6a7b-"));

    assertThat(tokens(run1, 42)).isNotEmpty().isEqualTo(tokens(run1, 42)).doesNotContainAnyElementsOf(tokens(run2, 42))
        .doesNotHaveDuplicates();
    ObjectNode input = ((ObjectNode) Draws.random(run1.validInput("StartIncident"), 1, 5).get(0))
        .put("clientToken", "a token of an earlier call");
    assertThat(run1.fresh("StartIncident", input, Set.of(), new Random(9)).get("clientToken"))
        .isEqualTo(run1.fresh("StartIncident", input, Set.of(), new Random(9)).get("clientToken"))
        .isNotEqualTo(run2.fresh("StartIncident", input, Set.of(), new Random(9)).get("clientToken"));
  }

  private static List<String> tokens(IncidentManagerArbitraries im, long seed) {
    return Draws.random(im.validInput("StartIncident"), 50, seed).stream().map(d -> d.get("clientToken"))
        .filter(t -> t != null).map(JsonNode::asText).toList();
  }
}
