package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.SdkTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.model.ConflictException;
import software.amazon.awssdk.services.ssmincidents.model.CreateResponsePlanRequest;
import software.amazon.awssdk.services.ssmincidents.model.GetResponsePlanResponse;
import software.amazon.awssdk.services.ssmincidents.model.NotificationTargetItem;
import software.amazon.awssdk.services.ssmincidents.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssmincidents.model.ResponsePlanSummary;
import software.amazon.awssdk.services.ssmincidents.model.SsmTargetAccount;
import software.amazon.awssdk.services.ssmincidents.model.ValidationException;
import software.amazon.awssdk.services.ssmincidents.model.VariableType;

/** Response plans through the AWS SDK: what is written is what is read. */
class ResponsePlanTest extends SdkTestBase {

  @Test
  void aCreatedPlanReadsBackAsSent() {
    CreateResponsePlanRequest sent = Fixtures.fullPlan("full");
    String arn = client.createResponsePlan(sent).arn();
    assertThat(arn).isEqualTo("arn:aws:ssm-incidents::" + Fixtures.ACCOUNT + ":response-plan/full");

    GetResponsePlanResponse got = client.getResponsePlan(r -> r.arn(arn));
    assertThat(got.arn()).isEqualTo(arn);
    assertThat(got.name()).isEqualTo("full");
    assertThat(got.displayName()).isEqualTo(sent.displayName());
    assertThat(got.incidentTemplate()).isEqualTo(sent.incidentTemplate());
    assertThat(got.chatChannel()).isEqualTo(sent.chatChannel());
    assertThat(got.chatChannel().empty()).isNotNull();
    assertThat(got.engagements()).isEqualTo(sent.engagements());
    assertThat(got.actions()).isEqualTo(sent.actions());
    assertThat(got.actions().get(0).ssmAutomation().dynamicParameters().get("IncidentArn").variable())
        .isEqualTo(VariableType.INCIDENT_RECORD_ARN);
    assertThat(got.actions().get(0).ssmAutomation().targetAccount())
        .isEqualTo(SsmTargetAccount.RESPONSE_PLAN_OWNER_ACCOUNT);
    assertThat(got.integrations()).isEqualTo(sent.integrations());
    assertThat(client.listTagsForResource(r -> r.resourceArn(arn)).tags()).isEqualTo(Map.of("env", "test"));
  }

  @Test
  void aSecondPlanWithTheSameNameIsAConflict() {
    client.createResponsePlan(Fixtures.minimalPlan("twice"));
    assertThatThrownBy(() -> client.createResponsePlan(Fixtures.minimalPlan("twice")))
        .isInstanceOf(ConflictException.class)
        .satisfies(e -> assertThat(((ConflictException) e).statusCode()).isEqualTo(409));
  }

  @Test
  void anUpdateChangesOnlyTheMembersSent() {
    String arn = client.createResponsePlan(Fixtures.fullPlan("updated")).arn();
    client.updateResponsePlan(r -> r.arn(arn).incidentTemplateTitle("New title").incidentTemplateImpact(1)
        .incidentTemplateNotificationTargets(NotificationTargetItem.builder().snsTopicArn(Fixtures.TOPIC + "2")
            .build()));
    GetResponsePlanResponse got = client.getResponsePlan(r -> r.arn(arn));
    assertThat(got.incidentTemplate().title()).isEqualTo("New title");
    assertThat(got.incidentTemplate().impact()).isEqualTo(1);
    assertThat(got.incidentTemplate().summary()).isEqualTo("sum");
    assertThat(got.incidentTemplate().incidentTags()).isEqualTo(Map.of("team", "ops"));
    assertThat(got.incidentTemplate().notificationTargets().get(0).snsTopicArn()).endsWith("incidents2");
    assertThat(got.displayName()).isEqualTo("Plan updated");
    assertThat(got.actions().get(0).ssmAutomation().dynamicParameters()).containsKey("IncidentArn");
  }

  @Test
  void incidentTemplateTagsReplaceTheTemplateTags() {
    String arn = client.createResponsePlan(Fixtures.fullPlan("retagged")).arn();
    client.updateResponsePlan(r -> r.arn(arn).incidentTemplateTags(Map.of("a", "1", "b", "2")));
    assertThat(client.getResponsePlan(r -> r.arn(arn)).incidentTemplate().incidentTags())
        .isEqualTo(Map.of("a", "1", "b", "2"));
    client.updateResponsePlan(r -> r.arn(arn).incidentTemplateTags(Map.of()));
    assertThat(client.getResponsePlan(r -> r.arn(arn)).incidentTemplate().hasIncidentTags()).isFalse();
  }

  @Test
  void aDeletedPlanIsGoneAndDeletingAgainIsHarmless() {
    String arn = client.createResponsePlan(Fixtures.minimalPlan("deleted")).arn();
    client.deleteResponsePlan(r -> r.arn(arn));
    assertThatThrownBy(() -> client.getResponsePlan(r -> r.arn(arn)))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.resourceIdentifier()).isEqualTo(arn);
          assertThat(e.resourceTypeAsString()).isEqualTo("RESPONSE_PLAN");
        });
    client.deleteResponsePlan(r -> r.arn(arn));
    assertThat(emulator.inventory(Fixtures.ACCOUNT, "us-east-1").responsePlanArns()).doesNotContain(arn);
  }

  @Test
  void listedSummariesCarryNameAndDisplayName() {
    String arn = client.createResponsePlan(Fixtures.fullPlan("listed")).arn();
    assertThat(client.listResponsePlansPaginator(r -> r.maxResults(2)).responsePlanSummaries().stream())
        .contains(ResponsePlanSummary.builder().arn(arn).name("listed").displayName("Plan listed").build());
  }

  @Test
  void anInvalidPlanIsAValidationException() {
    assertThatThrownBy(() -> client.createResponsePlan(Fixtures.minimalPlan("bad name!")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.getMessage()).contains("1 validation error detected").contains("/name");
        });
  }

  @Test
  void plansLiveInTheRegionTheyWereCreatedIn() {
    String arn = client.createResponsePlan(Fixtures.minimalPlan("regional")).arn();
    try (var west = dev.imkit.emulator.support.Sdk.client(emulator, recorder,
        dev.imkit.emulator.support.Sdk.ACCESS_KEY, dev.imkit.emulator.support.Sdk.SECRET, "us-west-2")) {
      assertThatThrownBy(() -> west.getResponsePlan(r -> r.arn(arn))).isInstanceOf(ResourceNotFoundException.class);
      west.createResponsePlan(Fixtures.minimalPlan("regional"));
    }
    assertThat(emulator.inventory(Fixtures.ACCOUNT, "us-west-2").responsePlanArns()).containsExactly(arn);
  }
}
