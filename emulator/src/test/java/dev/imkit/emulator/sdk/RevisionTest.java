package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.Recorder;
import dev.imkit.emulator.support.Sdk;
import dev.imkit.schemas.api.Contract;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;
import software.amazon.awssdk.services.ssmincidents.model.RegionMapInputValue;
import software.amazon.awssdk.services.ssmincidents.model.SsmIncidentsException;
import software.amazon.awssdk.services.ssmincidents.model.UpdateReplicationSetAction;
import software.amazon.awssdk.services.ssmincidents.model.ValidationException;

/** With a revision set, the emulator behaves as the contract at that revision says. */
class RevisionTest {

  @Test
  void before20220512InvolvedResourceIsRefusedAndDynamicParametersAreIgnored() {
    Recorder recorder = new Recorder();
    try (Emulator old = Emulator.builder().revision("2022-03-16").start();
        SsmIncidentsClient client = Sdk.client(old, recorder)) {
      assertThat(old.revision()).isEqualTo("2022-03-16");
      String plan = client.createResponsePlan(Fixtures.fullPlan("old")).arn();
      var got = client.getResponsePlan(r -> r.arn(plan));
      assertThat(got.actions().get(0).ssmAutomation().hasDynamicParameters()).isFalse();
      assertThat(got.actions().get(0).ssmAutomation().parameters()).containsKey("InstanceId");
      assertThat(got.hasIntegrations()).as("integrations came on 2022-11-16").isFalse();
      assertThat(got.incidentTemplate().hasIncidentTags()).as("incidentTags came on 2022-07-05").isFalse();

      assertThatThrownBy(() -> client.startIncident(r -> r.responsePlanArn(plan)
          .relatedItems(Fixtures.involvedResource(Fixtures.INSTANCE))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("/relatedItems/0/identifier/type");
      String incident = client.startIncident(r -> r.responsePlanArn(plan)
          .relatedItems(Fixtures.link("https://example.com"))).incidentRecordArn();
      assertThat(client.listRelatedItems(r -> r.incidentRecordArn(incident)).relatedItems().get(0).generatedId())
          .as("generatedId came on 2022-11-11").isNull();

      assertThatThrownBy(() -> client.listIncidentFindings(r -> r.incidentRecordArn(incident)))
          .isInstanceOfSatisfying(SsmIncidentsException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
          });
    }
    recorder.assertAllValid(Contract.at("2022-03-16"));
  }

  @Test
  void atTheCurrentRevisionTheSameCallsWork() {
    Recorder recorder = new Recorder();
    try (Emulator current = Emulator.builder().start(); SsmIncidentsClient client = Sdk.client(current, recorder)) {
      String plan = client.createResponsePlan(Fixtures.fullPlan("new")).arn();
      assertThat(client.getResponsePlan(r -> r.arn(plan)).actions().get(0).ssmAutomation().dynamicParameters())
          .containsKey("IncidentArn");
      String incident = client.startIncident(r -> r.responsePlanArn(plan)
          .relatedItems(Fixtures.involvedResource(Fixtures.INSTANCE))).incidentRecordArn();
      assertThat(client.listIncidentFindings(r -> r.incidentRecordArn(incident)).findings()).isEmpty();
    }
    recorder.assertAllValid(Contract.current());
  }

  @Test
  void errorsAreThoseModeledAtTheRevision() {
    Recorder recorder = new Recorder();
    try (Emulator old = Emulator.builder().revision("2022-03-16").transitionDelay(Duration.ofSeconds(30)).start();
        SsmIncidentsClient client = Sdk.client(old, recorder)) {
      String set = client.createReplicationSet(r -> r.regions(Map.of("us-east-1",
          RegionMapInputValue.builder().build()))).arn();
      assertThatThrownBy(() -> client.updateReplicationSet(r -> r.arn(set).actions(UpdateReplicationSetAction
          .builder().addRegionAction(a -> a.regionName("eu-west-1")).build())))
          .as("ConflictException came to UpdateReplicationSet on 2022-05-12")
          .isInstanceOf(ValidationException.class);
    }
    recorder.assertAllValid(Contract.at("2022-03-16"));
  }
}
