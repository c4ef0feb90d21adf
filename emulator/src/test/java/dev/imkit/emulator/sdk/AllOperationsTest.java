package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Finding;
import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.SdkEnums;
import dev.imkit.emulator.support.SdkTestBase;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.model.RegionMapInputValue;
import software.amazon.awssdk.services.ssmincidents.model.UpdateReplicationSetAction;

/** Every operation of the contract, once, through the SDK; the base class checks each answer's schema. */
class AllOperationsTest extends SdkTestBase {
  private int enums;

  /** Checks that every enum in an answer is a constant the SDK knows. */
  private void keep(Object response) {
    enums += SdkEnums.assertKnown(response);
  }

  @Test
  void everyOperationAnswersAndEveryAnswerValidates() {
    enums = 0;
    String plan = client.createResponsePlan(Fixtures.fullPlan("all")).arn();
    keep(client.getResponsePlan(r -> r.arn(plan)));
    keep(client.updateResponsePlan(r -> r.arn(plan).displayName("All")));
    keep(client.listResponsePlans(r -> { }));
    String incident = client.startIncident(r -> r.responsePlanArn(plan)
        .relatedItems(Fixtures.involvedResource(Fixtures.INSTANCE))).incidentRecordArn();
    keep(client.getIncidentRecord(r -> r.arn(incident)));
    keep(client.updateIncidentRecord(r -> r.arn(incident).summary("s")));
    keep(client.listIncidentRecords(r -> { }));
    keep(client.updateRelatedItems(r -> r.incidentRecordArn(incident).relatedItemsUpdate(u -> u.itemToAdd(
        Fixtures.link("https://example.com")))));
    keep(client.listRelatedItems(r -> r.incidentRecordArn(incident)));
    String event = client.createTimelineEvent(r -> r.incidentRecordArn(incident).eventTime(Instant.now())
        .eventType("Custom Event").eventData("d")).eventId();
    keep(client.getTimelineEvent(r -> r.incidentRecordArn(incident).eventId(event)));
    keep(client.updateTimelineEvent(r -> r.incidentRecordArn(incident).eventId(event).eventData("e")));
    keep(client.listTimelineEvents(r -> r.incidentRecordArn(incident)));
    keep(client.deleteTimelineEvent(r -> r.incidentRecordArn(incident).eventId(event)));
    String finding = emulator.addFinding(incident, Finding.cloudFormationStackUpdate(
        "arn:aws:cloudformation:us-east-1:111122223333:stack/s/1", Instant.now(), null));
    keep(client.listIncidentFindings(r -> r.incidentRecordArn(incident)));
    keep(client.batchGetIncidentFindings(r -> r.incidentRecordArn(incident).findingIds(finding)));
    keep(client.tagResource(r -> r.resourceArn(incident).tags(Map.of("a", "b"))));
    keep(client.listTagsForResource(r -> r.resourceArn(incident)));
    keep(client.untagResource(r -> r.resourceArn(incident).tagKeys("a")));
    String policy = client.putResourcePolicy(r -> r.resourceArn(plan).policy("{}")).policyId();
    keep(client.getResourcePolicies(r -> r.resourceArn(plan)));
    keep(client.deleteResourcePolicy(r -> r.resourceArn(plan).policyId(policy)));
    String set = client.createReplicationSet(r -> r.regions(Map.of("us-east-1", RegionMapInputValue.builder()
        .build()))).arn();
    keep(client.getReplicationSet(r -> r.arn(set)));
    keep(client.listReplicationSets(r -> { }));
    keep(client.updateReplicationSet(r -> r.arn(set).actions(UpdateReplicationSetAction.builder()
        .addRegionAction(a -> a.regionName("us-west-2")).build())));
    keep(client.updateDeletionProtection(r -> r.arn(set).deletionProtected(false)));
    keep(client.deleteReplicationSet(r -> r.arn(set)));
    keep(client.deleteIncidentRecord(r -> r.arn(incident)));
    keep(client.deleteResponsePlan(r -> r.arn(plan)));

    keep(client.getResponsePlan(r -> r.arn(client.createResponsePlan(Fixtures.fullPlan("enums")).arn())));
    assertThat(enums).as("enum values checked").isGreaterThan(10);
    assertThat(recorder.operations()).containsExactlyInAnyOrderElementsOf(
        Contract.current().operations().stream().map(Operation::name).toList());
  }
}
