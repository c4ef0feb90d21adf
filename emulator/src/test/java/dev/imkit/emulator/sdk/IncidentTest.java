package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.SdkTestBase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.model.ChatChannel;
import software.amazon.awssdk.services.ssmincidents.model.Condition;
import software.amazon.awssdk.services.ssmincidents.model.Filter;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecord;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecordStatus;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecordSummary;
import software.amazon.awssdk.services.ssmincidents.model.ItemType;
import software.amazon.awssdk.services.ssmincidents.model.RelatedItem;
import software.amazon.awssdk.services.ssmincidents.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssmincidents.model.TriggerDetails;
import software.amazon.awssdk.services.ssmincidents.model.ValidationException;

/** Incidents through the AWS SDK: the plan's template, overrides, dedupe, lifecycle, filters. */
class IncidentTest extends SdkTestBase {

  private String plan(String name) {
    return client.createResponsePlan(Fixtures.fullPlan(name)).arn();
  }

  @Test
  void anIncidentTakesThePlanTemplateAndTheInputOverrides() {
    String plan = plan("p-start");
    Instant detected = Instant.parse("2026-01-02T03:04:05.678Z");
    String arn = client.startIncident(r -> r.responsePlanArn(plan).title("Overridden").impact(1)
        .relatedItems(Fixtures.involvedResource(Fixtures.INSTANCE), Fixtures.link("https://example.com/rb"))
        .triggerDetails(TriggerDetails.builder().source("aws.cloudwatch").timestamp(detected)
            .triggerArn("arn:aws:cloudwatch:us-east-1:111122223333:alarm:cpu").rawData("{}").build()))
        .incidentRecordArn();
    assertThat(arn).matches("arn:aws:ssm-incidents:us-east-1:123456789012:incident-record/p-start/"
        + "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    IncidentRecord r = client.getIncidentRecord(g -> g.arn(arn)).incidentRecord();
    assertThat(r.title()).isEqualTo("Overridden");
    assertThat(r.impact()).isEqualTo(1);
    assertThat(r.summary()).isEqualTo("sum");
    assertThat(r.status()).isEqualTo(IncidentRecordStatus.OPEN);
    assertThat(r.dedupeString()).isEmpty();
    assertThat(r.chatChannel().empty()).isNotNull();
    assertThat(r.notificationTargets().get(0).snsTopicArn()).isEqualTo(Fixtures.TOPIC);
    assertThat(r.incidentRecordSource().source()).isEqualTo("aws.cloudwatch");
    assertThat(r.incidentRecordSource().resourceArn()).endsWith("alarm:cpu");
    assertThat(r.incidentRecordSource().createdBy()).isEqualTo("arn:aws:iam::123456789012:user/AKIDEXAMPLE");
    assertThat(r.automationExecutions()).singleElement()
        .satisfies(x -> assertThat(x.ssmExecutionArn()).startsWith("arn:aws:ssm:us-east-1:123456789012:"
            + "automation-execution/"));
    assertThat(r.creationTime()).isEqualTo(r.lastModifiedTime());
    assertThat(r.resolvedTime()).isNull();
    assertThat(client.listTagsForResource(t -> t.resourceArn(arn)).tags()).isEqualTo(Map.of("team", "ops"));

    List<RelatedItem> items = client.listRelatedItems(l -> l.incidentRecordArn(arn)).relatedItems();
    assertThat(items).hasSize(2);
    assertThat(items.get(0).identifier()).isEqualTo(Fixtures.involvedResource(Fixtures.INSTANCE).identifier());
    assertThat(items.get(0).identifier().type()).isEqualTo(ItemType.INVOLVED_RESOURCE);
    assertThat(items.get(0).generatedId()).matches("related-item/INVOLVED_RESOURCE/[0-9A-F]{32}");
    assertThat(items.get(1).generatedId()).matches("related-item/OTHER/[0-9A-F]{32}");
  }

  @Test
  void withoutOverridesTheTemplateDecides() {
    String plan = plan("p-template");
    String arn = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    IncidentRecord r = client.getIncidentRecord(g -> g.arn(arn)).incidentRecord();
    assertThat(r.title()).isEqualTo("Template title");
    assertThat(r.impact()).isEqualTo(3);
    assertThat(r.incidentRecordSource().source()).isEqualTo("aws.ssm-incidents.custom");
  }

  @Test
  void anOpenIncidentWithTheSameDedupeStringIsReturnedInsteadOfANewOne() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("p-dedupe")).arn();
    client.updateResponsePlan(u -> u.arn(plan).incidentTemplateDedupeString("disk-full"));
    String first = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    String second = client.startIncident(r -> r.responsePlanArn(plan).title("again")).incidentRecordArn();
    assertThat(second).isEqualTo(first);
    assertThat(client.getIncidentRecord(g -> g.arn(first)).incidentRecord().dedupeString()).isEqualTo("disk-full");
    client.updateIncidentRecord(u -> u.arn(first).status(IncidentRecordStatus.RESOLVED));
    String third = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    assertThat(third).isNotEqualTo(first);
  }

  @Test
  void startingFromAMissingPlanIsNotFound() {
    assertThatThrownBy(() -> client.startIncident(r -> r.responsePlanArn(
        "arn:aws:ssm-incidents::123456789012:response-plan/none")))
        .isInstanceOfSatisfying(ResourceNotFoundException.class,
            e -> assertThat(e.resourceTypeAsString()).isEqualTo("RESPONSE_PLAN"));
  }

  @Test
  void updatesChangeWhatIsSentAndResolvingStampsTheTime() {
    String arn = client.startIncident(r -> r.responsePlanArn(plan("p-update"))).incidentRecordArn();
    client.updateIncidentRecord(u -> u.arn(arn).title("T2").summary("S2").impact(2)
        .chatChannel(ChatChannel.builder().chatbotSns("arn:aws:sns:us-east-1:111122223333:chat").build()));
    IncidentRecord r = client.getIncidentRecord(g -> g.arn(arn)).incidentRecord();
    assertThat(r.title()).isEqualTo("T2");
    assertThat(r.summary()).isEqualTo("S2");
    assertThat(r.impact()).isEqualTo(2);
    assertThat(r.chatChannel().chatbotSns()).containsExactly("arn:aws:sns:us-east-1:111122223333:chat");
    assertThat(r.notificationTargets()).hasSize(1);
    assertThat(r.resolvedTime()).isNull();

    client.updateIncidentRecord(u -> u.arn(arn).status(IncidentRecordStatus.RESOLVED));
    IncidentRecord resolved = client.getIncidentRecord(g -> g.arn(arn)).incidentRecord();
    assertThat(resolved.status()).isEqualTo(IncidentRecordStatus.RESOLVED);
    assertThat(resolved.resolvedTime()).isNotNull().isAfterOrEqualTo(resolved.creationTime());
  }

  @Test
  void filtersSelectByStatusImpactCreatorAndTime() {
    String plan = plan("p-filter");
    Instant before = Instant.now().minusSeconds(1);
    String open = client.startIncident(r -> r.responsePlanArn(plan).impact(5)).incidentRecordArn();
    String closed = client.startIncident(r -> r.responsePlanArn(plan).impact(5).title("x")).incidentRecordArn();
    client.updateIncidentRecord(u -> u.arn(closed).status(IncidentRecordStatus.RESOLVED));

    assertThat(list(filter("status", Condition.builder().equalsValue(e -> e.stringValues("RESOLVED")).build())))
        .contains(closed).doesNotContain(open);
    assertThat(list(filter("impact", Condition.builder().equalsValue(e -> e.integerValues(5)).build()),
        filter("status", Condition.builder().equalsValue(e -> e.stringValues("OPEN", "RESOLVED")).build())))
        .contains(open, closed);
    assertThat(list(filter("createdBy", Condition.builder().equalsValue(e -> e.stringValues("arn:aws:iam::1:user/x"))
        .build()))).isEmpty();
    assertThat(list(filter("creationTime", Condition.builder().before(before).build())))
        .doesNotContain(open, closed);
    assertThat(list(filter("creationTime", Condition.builder().after(before).build()))).contains(open, closed);
  }

  @Test
  void anUnknownFilterKeyIsAValidationException() {
    assertThatThrownBy(() -> list(filter("colour", Condition.builder().equalsValue(e -> e.stringValues("red")).build())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> list(filter("status", Condition.builder().before(Instant.now()).build())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aDeletedIncidentIsGone() {
    String arn = client.startIncident(r -> r.responsePlanArn(plan("p-delete"))).incidentRecordArn();
    client.deleteIncidentRecord(d -> d.arn(arn));
    assertThatThrownBy(() -> client.getIncidentRecord(g -> g.arn(arn)))
        .isInstanceOfSatisfying(ResourceNotFoundException.class,
            e -> assertThat(e.resourceTypeAsString()).isEqualTo("INCIDENT_RECORD"));
    client.deleteIncidentRecord(d -> d.arn(arn));
  }

  @Test
  void relatedItemsAreAddedAndRemovedByIdentifier() {
    String arn = client.startIncident(r -> r.responsePlanArn(plan("p-items"))).incidentRecordArn();
    RelatedItem added = Fixtures.involvedResource(Fixtures.INSTANCE);
    client.updateRelatedItems(u -> u.incidentRecordArn(arn).relatedItemsUpdate(x -> x.itemToAdd(added)));
    client.updateRelatedItems(u -> u.incidentRecordArn(arn)
        .relatedItemsUpdate(x -> x.itemToAdd(Fixtures.link("https://example.com"))));
    List<RelatedItem> items = client.listRelatedItems(l -> l.incidentRecordArn(arn)).relatedItems();
    assertThat(items).extracting(RelatedItem::identifier)
        .containsExactly(added.identifier(), Fixtures.link("https://example.com").identifier());
    assertThat(items.get(0).title()).isEqualTo("instance");

    client.updateRelatedItems(u -> u.incidentRecordArn(arn).relatedItemsUpdate(x -> x.itemToRemove(
        added.identifier())));
    assertThat(client.listRelatedItems(l -> l.incidentRecordArn(arn)).relatedItems())
        .extracting(RelatedItem::identifier).containsExactly(Fixtures.link("https://example.com").identifier());
  }

  private static Filter filter(String key, Condition condition) {
    return Filter.builder().key(key).condition(condition).build();
  }

  private List<String> list(Filter... filters) {
    return client.listIncidentRecordsPaginator(r -> r.filters(filters)).incidentRecordSummaries().stream()
        .map(IncidentRecordSummary::arn).toList();
  }
}
