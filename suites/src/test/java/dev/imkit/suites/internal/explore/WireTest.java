package dev.imkit.suites.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Symbols become each side's identifiers on the way out, and identifiers symbols on the way back. */
class WireTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachSideIsSentItsOwnIdentifiersAndTheSameSlotValues() throws Exception {
    Model model = new Model(slot -> slot + "-value", id -> { });
    model.add(Kind.PLAN, null, "arn:target:plan/a", "arn:reference:plan/b", null, null);
    ObjectNode input = (ObjectNode) JSON.readTree("{\"arn\":\"⟨plan 1⟩\",\"name\":\"⟨name 1⟩\","
        + "\"policy\":\"{\\\"Resource\\\":\\\"⟨plan 1⟩\\\"}\"}");
    assertThat(Wire.concrete(input, model, Side.TARGET).toString()).contains("\"arn\":\"arn:target:plan/a\"")
        .contains("\"name\":\"name-value\"").contains("Resource\\\":\\\"arn:target:plan/a");
    assertThat(Wire.concrete(input, model, Side.REFERENCE).path("arn").asText()).isEqualTo("arn:reference:plan/b");
    assertThat(Wire.concrete(input, model, Side.REFERENCE).path("name").asText()).isEqualTo("name-value");
  }

  @Test
  void answersComeBackInSymbolsLongestIdentifierFirst() throws Exception {
    Model model = new Model(slot -> slot, id -> { });
    model.add(Kind.EVENT, null, "e-1", "r-1", null, null);
    model.add(Kind.EVENT, null, "e-10", "r-10", null, null);
    ObjectNode answer = (ObjectNode) JSON.readTree("{\"a\":\"e-10\",\"b\":[\"e-1\"],\"c\":\"see e-10 and e-1\"}");
    assertThat(Wire.symbolic(answer, model, Side.TARGET).toString())
        .isEqualTo("{\"a\":\"⟨event 2⟩\",\"b\":[\"⟨event 1⟩\"],\"c\":\"see ⟨event 2⟩ and ⟨event 1⟩\"}");
  }

  @Test
  void anIdentifierALaterResourceTakesOverIsReported() {
    java.util.List<String> reused = new java.util.ArrayList<>();
    Model model = new Model(slot -> slot, reused::add);
    Handle first = model.add(Kind.PLAN, null, "arn:p", "arn:q", null, null);
    first.gone(2, "DeleteResponsePlan");
    Handle second = model.add(Kind.PLAN, null, "arn:p", "arn:q", null, null);
    assertThat(reused).containsExactly("arn:p");
    assertThat(model.known(Side.TARGET, "arn:p")).isSameAs(second);
    // a step that names a deleted plan gets the one that took its identifier over, not a ghost
    assertThat(model.pick(java.util.EnumSet.of(Kind.PLAN), 4)).isSameAs(second);
  }
}
