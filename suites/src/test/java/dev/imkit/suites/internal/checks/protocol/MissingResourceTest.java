package dev.imkit.suites.internal.checks.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingResourceTest {

  @Test
  void everyInputIsValidAtEveryRevisionItsOperationExistsIn() {
    for (Revision revision : Revisions.all()) {
      Contract contract = Contract.at(revision);
      for (Operation op : contract.operations()) {
        MissingResource.input(contract, op, "111122223333", "eu-west-1").ifPresent(input ->
            assertThat(contract.validator().input(op.name(), input).violations())
                .as(op.name() + " at " + revision.name()).isEmpty());
      }
    }
  }

  @Test
  void inputsNameResourcesInTheAccountAndRegionGiven() {
    Operation op = Contract.current().operation("GetIncidentRecord");
    ObjectNode input = MissingResource.input(Contract.current(), op, "111122223333", "eu-west-1").orElseThrow();
    assertThat(input.path("arn").asText()).startsWith("arn:aws:ssm-incidents:eu-west-1:111122223333:incident-record/");
    assertThat(MissingResource.input(Contract.current(), Contract.current().operation("ListResponsePlans"),
        "111122223333", "eu-west-1"))
        .isEmpty();
  }

  @Test
  void everyOperationThatModelsTheErrorAndNamesAResourceByArnHasOne() {
    Contract contract = Contract.current();
    List<String> with = contract.operations().stream().filter(op -> MissingResource.appliesTo(contract, op))
        .map(Operation::name).toList();
    assertThat(with).allMatch(name -> contract.operation(name).models("ResourceNotFoundException"))
        .contains("GetResponsePlan", "StartIncident", "TagResource", "CreateTimelineEvent", "UpdateReplicationSet",
            "DeleteResourcePolicy", "BatchGetIncidentFindings")
        // it models the error, but its input names no resource of this service (contacts, topics, roles)
        .doesNotContain("CreateResponsePlan");
    ObjectNode policy = MissingResource.input(contract, contract.operation("DeleteResourcePolicy"), "111122223333",
        "eu-west-1").orElseThrow();
    assertThat(policy.path("resourceArn").asText()).startsWith("arn:aws:ssm-incidents::111122223333:response-plan/");
  }

  @Test
  void mediaTypesAreComparedWithoutParametersOrCase() {
    assertThat(ContentType.mediaType("Application/JSON; charset=UTF-8")).isEqualTo("application/json");
  }
}
