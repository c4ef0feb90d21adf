package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.generators.api.IncidentManagerArbitraries;
import org.junit.jupiter.api.Test;

/** The same seed gives the same sequence of values; another seed gives another. */
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
}
