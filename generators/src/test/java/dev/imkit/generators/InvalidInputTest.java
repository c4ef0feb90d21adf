package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Validator;
import dev.imkit.schemas.api.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every invalid input fails validation with exactly its labelled violation (same pointer, rule, map key and
 * constraint) and no other, at every rule site of every operation of every revision, with the fast validator
 * and with the networknt JSON Schema validator (fewer tries: it is about ten times slower).
 */
class InvalidInputTest {

  @TestFactory
  Stream<DynamicTest> theFastValidatorFindsExactlyTheLabelledViolation() {
    return Revisions.names().stream().flatMap(rev -> sites(rev, Contract.at(rev).validator(),
        Draws.triesAt(rev, 50, 10)));
  }

  @TestFactory
  Stream<DynamicTest> theJsonSchemaValidatorFindsExactlyTheLabelledViolation() {
    return Revisions.names().stream().flatMap(rev -> sites(rev, Contract.at(rev).jsonSchemaValidator(),
        Draws.triesAt(rev, 4, 1)));
  }

  private static Stream<DynamicTest> sites(String rev, Validator validator, int tries) {
    IncidentManagerArbitraries im = IncidentManagerArbitraries.forRevision(rev);
    return im.operations().stream().map(op -> DynamicTest.dynamicTest(rev + " " + op, () -> {
      List<RuleSite> sites = im.ruleSites(op);
      assertThat(sites).isNotEmpty();
      for (RuleSite site : sites) {
        for (InvalidInput in : Draws.defaultRun(im.invalidInput(op, site), tries, site.hashCode())) {
          assertThat(in.label().site()).isEqualTo(site);
          ValidationReport report = validator.input(op, in.document());
          assertThat(report.violations()).as("%s in %s", in.label(), in.document()).hasSize(1);
          Violation v = report.violations().get(0);
          assertThat(in.label().matches(v)).as("%s reported as %s (%s, key %s) in %s", in.label(), v, v.pointer(),
              v.mapKey(), in.document()).isTrue();
          assertThat(v.constraint()).isEqualTo(in.label().constraint());
        }
      }
    }));
  }
}
