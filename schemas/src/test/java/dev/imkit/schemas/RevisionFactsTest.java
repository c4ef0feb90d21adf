package dev.imkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.ShapeKind;
import dev.imkit.schemas.api.UnknownNameException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RevisionFactsTest {

  @Test
  void thirteenRevisionsOldestFirstNamedByDate() {
    assertThat(Revisions.names()).containsExactly("2021-05-11", "2021-08-04", "2021-10-28", "2022-02-07",
        "2022-03-16", "2022-05-12", "2022-07-05", "2022-10-13", "2022-11-02", "2022-11-11", "2022-11-16",
        "2023-03-28", "2023-11-16");
    assertThat(Revisions.current().name()).isEqualTo("2023-11-16");
    assertThat(Revisions.all()).isSorted();
    assertThat(Revisions.all().get(0).changes()).isEmpty();
    assertThat(Revisions.named("2022-05-12").releaseNote()).startsWith("Adding support for dynamic SSM Runbook");
  }

  @ParameterizedTest
  @CsvSource({"2021-05-11,6", "2022-02-07,7", "2022-03-16,7", "2022-05-12,8", "2022-07-05,8", "2022-10-13,9",
      "2023-11-16,9"})
  void itemTypeGrowsWithTheHistory(String revision, int values) {
    assertThat(Contract.at(revision).shape("ItemType").enumValues()).hasSize(values);
  }

  @ParameterizedTest
  @CsvSource({"2021-05-11,29", "2022-05-12,29", "2023-03-28,29", "2023-11-16,31"})
  void operationCount(String revision, int operations) {
    Contract c = Contract.at(revision);
    assertThat(c.operations()).hasSize(operations);
    assertThat(c.revision().operationCount()).isEqualTo(operations);
  }

  @Test
  void theSeedChangeOf20220512() {
    Contract before = Contract.at("2022-03-16");
    Contract after = Contract.at("2022-05-12");
    assertThat(before.shape("SsmAutomation").members()).doesNotContainKey("dynamicParameters");
    assertThat(before.shapes()).doesNotContainKeys("DynamicSsmParameters", "DynamicSsmParameterValue",
        "VariableType", "DynamicSsmParametersKeyString");
    assertThat(before.shape("ItemType").enumValues()).doesNotContain("INVOLVED_RESOURCE");
    assertThat(before.operation("UpdateReplicationSet").errors()).doesNotContain("ConflictException");
    assertThat(before.shape("SsmContactsArn").pattern())
        .contains("^arn:[-\\w+=/,.@]+:ssm-contacts:[-\\w+=/,.@]*:[0-9]+:([\\w+=/,.@:-]+)*$");

    assertThat(after.shape("SsmAutomation").members().get("dynamicParameters").target())
        .isEqualTo("DynamicSsmParameters");
    var map = after.shape("DynamicSsmParameters");
    assertThat(map.kind()).isEqualTo(ShapeKind.MAP);
    assertThat(map.min()).hasValue(1);
    assertThat(map.max()).hasValue(200);
    var key = after.shape(map.mapKey());
    assertThat(key.min()).hasValue(1);
    assertThat(key.max()).hasValue(50);
    var value = after.shape(map.mapValue());
    assertThat(value.name()).isEqualTo("DynamicSsmParameterValue");
    assertThat(value.kind()).isEqualTo(ShapeKind.UNION);
    assertThat(value.members()).containsOnlyKeys("variable");
    assertThat(after.shape("VariableType").enumValues()).containsExactly("INCIDENT_RECORD_ARN", "INVOLVED_RESOURCES");
    assertThat(after.shape("ItemType").enumValues()).contains("INVOLVED_RESOURCE");
    assertThat(after.operation("UpdateReplicationSet").errors()).contains("ConflictException");
    assertThat(after.shape("SsmContactsArn").pattern())
        .contains("^arn:aws(-cn|-us-gov)?:ssm-contacts:[a-z0-9-]*:([0-9]{12}):contact/[a-z0-9_-]+$");

    Revision seed = Revisions.named("2022-05-12");
    assertThat(seed.changes()).extracting(c -> c.describe()).contains(
        "ItemType: enum values added [INVOLVED_RESOURCE]",
        "SsmAutomation.dynamicParameters added (DynamicSsmParameters)",
        "UpdateReplicationSet: error ConflictException added");
  }

  @Test
  void otherChangesLandWhereTheHistorySays() {
    assertThat(Contract.at("2021-05-11").shape("CreateTimelineEventInput").requiredMembers()).contains("clientToken");
    assertThat(Contract.at("2021-08-04").shape("CreateTimelineEventInput").requiredMembers())
        .doesNotContain("clientToken");
    assertThat(Contract.at("2021-08-04").shape("NextToken").max()).hasValue(1000);
    assertThat(Contract.at("2021-10-28").shape("NextToken").max()).hasValue(2000);
    assertThat(Contract.at("2022-02-07").shape("IncidentRecordSource").members().get("invokedBy").target())
        .isEqualTo("Arn");
    assertThat(Contract.at("2022-03-16").shape("IncidentRecordSource").members().get("invokedBy").target())
        .isEqualTo("ServicePrincipal");
    assertThat(Contract.at("2022-11-02").shape("EventData").max()).hasValue(6000);
    assertThat(Contract.at("2022-11-11").shape("EventData").max()).hasValue(12000);
    assertThat(Contract.at("2022-11-02").shape("RelatedItem").members()).doesNotContainKey("generatedId");
    assertThat(Contract.at("2023-11-16").findOperation("ListIncidentFindings")).isPresent();
    assertThat(Contract.at("2023-03-28").findOperation("ListIncidentFindings")).isEmpty();
  }

  @Test
  void catalogueFacts() {
    Contract c = Contract.current();
    assertThat(c.operation("CreateResponsePlan").successCode()).isEqualTo(201);
    assertThat(c.operation("UpdateResponsePlan").successCode()).isEqualTo(204);
    assertThat(c.operations().stream().filter(o -> o.successCode() == 204)).hasSize(12);
    assertThat(c.operations().stream().filter(o -> o.successCode() == 201)).hasSize(3);
    assertThat(c.error("ServiceQuotaExceededException").httpStatus()).isEqualTo(402);
    var untag = c.operation("UntagResource");
    assertThat(untag.method()).isEqualTo("DELETE");
    assertThat(untag.uri()).isEqualTo("/tags/{resourceArn}");
    assertThat(untag.labels()).containsEntry("resourceArn", "resourceArn");
    assertThat(untag.query()).containsEntry("tagKeys", "tagKeys");
    assertThat(c.operation("StartIncident").idempotencyToken()).contains("clientToken");
    assertThat(c.operation("GetResponsePlan").readonly()).isTrue();
    var pages = c.operation("ListRelatedItems").paginator().orElseThrow();
    assertThat(List.of(pages.inputToken(), pages.outputToken(), pages.pageSize(), pages.items()))
        .containsExactly("nextToken", "nextToken", "maxResults", "relatedItems");
    assertThat(c.operation("ListIncidentFindings").introducedIn()).isEqualTo("2023-11-16");
    assertThat(c.service().signingName()).isEqualTo("ssm-incidents");
  }

  @Test
  void unknownNamesListTheValidOnes() {
    assertThatThrownBy(() -> Contract.at("2022-05-13"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("unknown revision '2022-05-13'")
        .hasMessageContaining("2022-05-12");
    assertThatThrownBy(() -> Contract.current().operation("StartIncidents"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("unknown operation 'StartIncidents'")
        .hasMessageContaining("StartIncident,");
    assertThatThrownBy(() -> Contract.at("2022-03-16").operation("ListIncidentFindings"))
        .hasMessageContaining("valid operations: CreateReplicationSet");
    assertThatThrownBy(() -> Contract.current().validator().input("Nope", null))
        .isInstanceOf(UnknownNameException.class);
  }
}
