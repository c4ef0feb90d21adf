package dev.imkit.suites.internal.checks.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import org.junit.jupiter.api.Test;

class MissingResourceTest {

  @Test
  void everyInputIsValidAtEveryRevisionItsOperationExistsIn() {
    for (Revision revision : Revisions.all()) {
      Contract contract = Contract.at(revision);
      for (Operation op : contract.operations()) {
        MissingResource.input(op, "111122223333", "eu-west-1").ifPresent(input ->
            assertThat(contract.validator().input(op.name(), input).violations())
                .as(op.name() + " at " + revision.name()).isEmpty());
      }
    }
  }

  @Test
  void inputsNameResourcesInTheAccountAndRegionGiven() {
    Operation op = Contract.current().operation("GetIncidentRecord");
    ObjectNode input = MissingResource.input(op, "111122223333", "eu-west-1").orElseThrow();
    assertThat(input.path("arn").asText()).startsWith("arn:aws:ssm-incidents:eu-west-1:111122223333:incident-record/");
    assertThat(MissingResource.input(Contract.current().operation("ListResponsePlans"), "111122223333", "eu-west-1"))
        .isEmpty();
  }

  @Test
  void everyOperationListedModelsResourceNotFound() {
    Contract contract = Contract.current();
    assertThat(MissingResource.OPERATIONS)
        .allMatch(name -> contract.operation(name).models("ResourceNotFoundException"));
  }

  @Test
  void mediaTypesAreComparedWithoutParametersOrCase() {
    assertThat(ContentType.mediaType("Application/JSON; charset=UTF-8")).isEqualTo("application/json");
  }
}
