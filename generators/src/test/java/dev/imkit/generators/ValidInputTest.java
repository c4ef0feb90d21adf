package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Validator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid input validates at its revision, with no violation and no advisory (no member unknown at the
 * revision, none null): the edge cases and 1,000 tries per operation, at every revision.
 */
class ValidInputTest {

  @TestFactory
  Stream<DynamicTest> everyValidInputValidatesAtItsRevision() {
    return Revisions.names().stream().flatMap(rev -> {
      IncidentManagerArbitraries im = IncidentManagerArbitraries.forRevision(rev);
      Validator validator = Contract.at(rev).validator();
      return im.operations().stream().map(op -> DynamicTest.dynamicTest(rev + " " + op, () -> {
        for (ObjectNode doc : Draws.defaultRun(im.validInput(op), 1000, rev.hashCode())) {
          ValidationReport report = validator.input(op, doc);
          assertThat(report.violations()).as("violations of %s", doc).isEmpty();
          assertThat(report.advisories()).as("advisories of %s", doc).isEmpty();
        }
      }));
    });
  }
}
