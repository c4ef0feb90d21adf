package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Boundary;
import dev.imkit.generators.api.Control;
import dev.imkit.generators.api.Edge;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Controls are valid typical inputs that host every rule site and boundary place; an input broken in a control
 * has exactly its labelled violation and differs from the control only there; every edge is valid.
 */
class ControlsTest {

  @TestFactory
  Stream<DynamicTest> everyControlIsValidAndEverySiteIsHosted() {
    return Revisions.names().stream().flatMap(rev -> {
      IncidentManagerArbitraries im = IncidentManagerArbitraries.forRevision(rev);
      Contract contract = Contract.at(rev);
      return im.operations().stream().map(op -> DynamicTest.dynamicTest(rev + " " + op, () -> {
        List<Control> controls = im.controls(op);
        assertThat(controls.get(0).isBase()).isTrue();
        for (Control c : controls) {
          ValidationReport report = contract.validator().input(op, c.input());
          assertThat(report.valid()).as("%s %s: %s", c.name(), c.input(), report.summary()).isTrue();
        }
        assertThat(controls.stream().map(Control::name)).doesNotHaveDuplicates();
        for (RuleSite site : im.ruleSites(op)) {
          String place = im.controlPlace(op, site);
          assertThat(im.unreachable(op, place).isPresent() || controls.stream().anyMatch(c -> c.hosts(place)))
              .as(place).isTrue();
        }
      }));
    });
  }

  @Test
  void theBaseInputIsTheBaseControlsWhetherOrNotTheControlsArePlanned() {
    for (String rev : List.of("2021-05-11", Revisions.current().name())) {
      IncidentManagerArbitraries planned = IncidentManagerArbitraries.forRevision(rev);
      IncidentManagerArbitraries unplanned = planned.withContext(dev.imkit.generators.api.GenerationContext.defaults());
      for (String op : planned.operations()) {
        ObjectNode base = planned.controls(op).get(0).input();
        // the same apart from times, which are typical relative to now
        assertThat(withoutTimes(unplanned.baseInput(op))).as(rev + " " + op).isEqualTo(withoutTimes(base));
        assertThat(planned.baseInput(op)).as(rev + " " + op).isEqualTo(base);
      }
    }
  }

  /** The document with every epoch time (a number of seconds after 2001) set to 0. */
  private static com.fasterxml.jackson.databind.JsonNode withoutTimes(com.fasterxml.jackson.databind.JsonNode node) {
    if (node.isNumber() && node.asDouble() > 1e9) {
      return com.fasterxml.jackson.databind.node.IntNode.valueOf(0);
    }
    if (node.isObject()) {
      ObjectNode out = ((ObjectNode) node).objectNode();
      node.fields().forEachRemaining(e -> out.set(e.getKey(), withoutTimes(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = ((com.fasterxml.jackson.databind.node.ArrayNode) node)
          .arrayNode();
      node.forEach(e -> out.add(withoutTimes(e)));
      return out;
    }
    return node;
  }

  @TestFactory
  Stream<DynamicTest> aBreakInAControlIsTheOnlyViolation() {
    return Stream.of("2021-05-11", "2022-05-12", Revisions.current().name()).flatMap(rev -> {
      IncidentManagerArbitraries im = IncidentManagerArbitraries.forRevision(rev);
      Contract contract = Contract.at(rev);
      return im.operations().stream().map(op -> DynamicTest.dynamicTest(rev + " " + op, () -> {
        for (RuleSite site : im.ruleSites(op)) {
          if (im.unreachable(op, im.controlPlace(op, site)).isPresent()) {
            continue;
          }
          Control control = im.controlFor(op, site);
          for (InvalidInput in : Draws.defaultRun(im.invalidInput(op, site, control), 3, site.hashCode())) {
            ValidationReport report = contract.validator().input(op, in.document());
            assertThat(report.violations()).as("%s in %s", in.label(), in.document()).hasSize(1);
            Violation v = report.violations().get(0);
            assertThat(in.label().matches(v)).as("%s reported as %s (%s) in %s", in.label(), v, v.pointer(),
                in.document()).isTrue();
          }
        }
      }));
    });
  }

  @TestFactory
  Stream<DynamicTest> everyEdgeInItsControlIsValid() {
    return Revisions.names().stream().flatMap(rev -> {
      IncidentManagerArbitraries im = IncidentManagerArbitraries.forRevision(rev);
      Contract contract = Contract.at(rev);
      return im.operations().stream().map(op -> DynamicTest.dynamicTest(rev + " " + op, () -> {
        for (Boundary b : im.boundaries(op)) {
          assertThat(b.edges()).isNotEmpty();
          Control control = im.controlFor(op, b.place());
          for (Edge e : b.edges()) {
            ObjectNode doc = im.withEdge(control, b, e);
            ValidationReport report = contract.validator().input(op, doc);
            assertThat(report.valid()).as("%s %s %s: %s", b.place(), b.kind(), e.label(), report.summary()).isTrue();
          }
        }
      }));
    });
  }

  @Test
  void onlyFiltersTheDocumentationDoesNotAllowAreUnreachable() {
    IncidentManagerArbitraries im = IncidentManagerArbitraries.current();
    for (String op : im.operations()) {
      for (RuleSite site : im.ruleSites(op)) {
        String place = im.controlPlace(op, site);
        if (im.unreachable(op, place).isPresent()) {
          assertThat(op).isEqualTo("ListTimelineEvents");
          assertThat(place).startsWith("/filters/0/condition/equals/integerValues");
        }
      }
    }
    assertThat(im.unreachable("ListTimelineEvents", "/filters/0/condition/equals/integerValues")).isPresent();
    assertThat(im.unreachable("ListIncidentRecords", "/filters/0/condition/equals/integerValues")).isEmpty();
  }

  @Test
  void controlsAreTypicalValuesAndFewPerOperation() {
    IncidentManagerArbitraries im = IncidentManagerArbitraries.current();
    int total = 0;
    int boundaries = 0;
    int edges = 0;
    for (String op : im.operations()) {
      List<Control> controls = im.controls(op);
      total += controls.size();
      boundaries += im.boundaries(op).size();
      edges += im.boundaries(op).stream().mapToInt(b -> b.edges().size()).sum();
      System.out.println(op + ": " + controls.size() + " controls " + controls.stream().map(Control::name).toList()
          + "\n  base " + controls.get(0).input());
      if (controls.size() > 1) {
        System.out.println("  full " + controls.get(1).input());
      }
    }
    System.out.println(total + " controls, " + boundaries + " boundaries, " + edges + " edges");
    ObjectNode start = im.controls("StartIncident").get(0).input();
    assertThat(start.path("title").isMissingNode() || start.path("title").asText().length() > 0).isTrue();
    Control plan = im.controls("CreateResponsePlan").get(0);
    assertThat(plan.input().path("incidentTemplate").path("title").asText()).isNotEmpty();
    assertThat(plan.input().path("incidentTemplate").path("impact").asInt()).isEqualTo(3);
    assertThat(total).isLessThan(4 * im.operations().size());
    Set<String> names = new HashSet<>();
    im.operations().forEach(op -> im.controls(op).forEach(c -> names.add(op + "/" + c.name())));
    assertThat(names).hasSize(total);
  }
}
