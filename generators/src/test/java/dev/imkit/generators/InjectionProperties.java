package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.InvalidInputFor;
import dev.imkit.generators.api.ShapeValue;
import dev.imkit.generators.api.ValidInput;
import dev.imkit.schemas.api.Contract;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The annotations inject generated values into jqwik properties, at the revision they name. */
class InjectionProperties {

  @Property(tries = 200)
  void validInputsAreInjected(@ForAll @ValidInput(operation = "UpdateResponsePlan", revision = "2022-05-12")
      ObjectNode doc) {
    assertThat(Contract.at("2022-05-12").validator().input("UpdateResponsePlan", doc).valid()).isTrue();
    assertThat(doc.has("integrations")).as("integrations came in 2022-11-16").isFalse();
  }

  @Property(tries = 200)
  void invalidInputsOfTheRequestedKindsAreInjected(@ForAll @InvalidInputFor(operation = "CreateResponsePlan",
      kinds = {BreakKind.TOO_LONG, BreakKind.KEY_TOO_LONG}) InvalidInput in) {
    assertThat(in.label().kind()).isIn(BreakKind.TOO_LONG, BreakKind.KEY_TOO_LONG);
    assertThat(Labels.holds(in)).isTrue();
  }

  @Property(tries = 200)
  void shapeValuesAreInjected(@ForAll @ShapeValue(shape = "DynamicSsmParameters") JsonNode params) {
    assertThat(Contract.current().validator().shape("DynamicSsmParameters", params).valid()).isTrue();
    assertThat(params.size()).isBetween(1, 200);
  }
}
