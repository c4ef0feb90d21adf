package dev.imkit.emulator.support;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ssmincidents.model.Action;
import software.amazon.awssdk.services.ssmincidents.model.ChatChannel;
import software.amazon.awssdk.services.ssmincidents.model.CreateResponsePlanRequest;
import software.amazon.awssdk.services.ssmincidents.model.DynamicSsmParameterValue;
import software.amazon.awssdk.services.ssmincidents.model.EmptyChatChannel;
import software.amazon.awssdk.services.ssmincidents.model.IncidentTemplate;
import software.amazon.awssdk.services.ssmincidents.model.Integration;
import software.amazon.awssdk.services.ssmincidents.model.ItemIdentifier;
import software.amazon.awssdk.services.ssmincidents.model.ItemType;
import software.amazon.awssdk.services.ssmincidents.model.ItemValue;
import software.amazon.awssdk.services.ssmincidents.model.NotificationTargetItem;
import software.amazon.awssdk.services.ssmincidents.model.PagerDutyConfiguration;
import software.amazon.awssdk.services.ssmincidents.model.PagerDutyIncidentConfiguration;
import software.amazon.awssdk.services.ssmincidents.model.RelatedItem;
import software.amazon.awssdk.services.ssmincidents.model.SsmAutomation;
import software.amazon.awssdk.services.ssmincidents.model.SsmTargetAccount;
import software.amazon.awssdk.services.ssmincidents.model.VariableType;

/** Realistic requests that use every feature the tests round-trip. */
public final class Fixtures {
  public static final String ACCOUNT = "123456789012";
  public static final String CONTACT = "arn:aws:ssm-contacts:us-east-1:111122223333:contact/alice";
  public static final String TOPIC = "arn:aws:sns:us-east-1:111122223333:incidents";
  public static final String INSTANCE = "arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0";

  private Fixtures() {
  }

  public static SsmAutomation automation() {
    return SsmAutomation.builder().documentName("AWS-RestartEC2Instance").documentVersion("$LATEST")
        .roleArn("arn:aws:iam::111122223333:role/runbook")
        .parameters(Map.of("InstanceId", List.of("i-0123456789abcdef0")))
        .dynamicParameters(Map.of("IncidentArn", DynamicSsmParameterValue.builder()
            .variable(VariableType.INCIDENT_RECORD_ARN).build()))
        .targetAccount(SsmTargetAccount.RESPONSE_PLAN_OWNER_ACCOUNT).build();
  }

  /** A plan with every member set: runbook with dynamic parameters, empty chat channel, PagerDuty. */
  public static CreateResponsePlanRequest fullPlan(String name) {
    return CreateResponsePlanRequest.builder().name(name).displayName("Plan " + name)
        .incidentTemplate(IncidentTemplate.builder().title("Template title").impact(3).summary("sum")
            .dedupeString("").incidentTags(Map.of("team", "ops"))
            .notificationTargets(NotificationTargetItem.builder().snsTopicArn(TOPIC).build()).build())
        .chatChannel(ChatChannel.builder().empty(EmptyChatChannel.builder().build()).build())
        .engagements(CONTACT)
        .actions(Action.builder().ssmAutomation(automation()).build())
        .integrations(Integration.builder().pagerDutyConfiguration(PagerDutyConfiguration.builder().name("pd")
            .secretId("pd-secret").pagerDutyIncidentConfiguration(PagerDutyIncidentConfiguration.builder()
                .serviceId("P123").build()).build()).build())
        .tags(Map.of("env", "test")).build();
  }

  /** A plan with only what is required. */
  public static CreateResponsePlanRequest minimalPlan(String name) {
    return CreateResponsePlanRequest.builder().name(name)
        .incidentTemplate(IncidentTemplate.builder().title("t").impact(4).build()).build();
  }

  public static RelatedItem involvedResource(String arn) {
    return RelatedItem.builder().title("instance").identifier(ItemIdentifier.builder()
        .type(ItemType.INVOLVED_RESOURCE).value(ItemValue.builder().arn(arn).build()).build()).build();
  }

  public static RelatedItem link(String url) {
    return RelatedItem.builder().title("runbook").identifier(ItemIdentifier.builder()
        .type(ItemType.OTHER).value(ItemValue.builder().url(url).build()).build()).build();
  }
}
