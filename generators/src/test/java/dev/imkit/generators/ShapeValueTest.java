package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.ValidationReport;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Values of every shape (inputs, outputs, errors and the shapes inside them) validate at every revision. */
class ShapeValueTest {

  @TestFactory
  Stream<DynamicTest> everyShapeValueValidates() {
    return Revisions.names().stream().map(rev -> DynamicTest.dynamicTest(rev, () -> {
      Contract contract = Contract.at(rev);
      IncidentManagerArbitraries im = IncidentManagerArbitraries.forRevision(rev);
      for (String shape : contract.shapes().keySet()) {
        for (JsonNode value : Draws.defaultRun(im.value(shape), Draws.triesAt(rev, 100, 20), shape.hashCode())) {
          ValidationReport report = contract.validator().shape(shape, value);
          assertThat(report.violations()).as("%s: %s", shape, value).isEmpty();
          assertThat(report.advisories()).as("%s: %s", shape, value).isEmpty();
        }
      }
    }));
  }
}
