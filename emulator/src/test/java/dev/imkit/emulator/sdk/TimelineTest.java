package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.SdkTestBase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.model.Condition;
import software.amazon.awssdk.services.ssmincidents.model.EventReference;
import software.amazon.awssdk.services.ssmincidents.model.EventSummary;
import software.amazon.awssdk.services.ssmincidents.model.Filter;
import software.amazon.awssdk.services.ssmincidents.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssmincidents.model.SortOrder;
import software.amazon.awssdk.services.ssmincidents.model.TimelineEvent;
import software.amazon.awssdk.services.ssmincidents.model.TimelineEventSort;

/** Timeline events through the AWS SDK: references, updates, filters and sort order. */
class TimelineTest extends SdkTestBase {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.250Z");
  private String incident;

  @BeforeAll
  void startIncident() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("timeline")).arn();
    incident = client.startIncident(r -> r.responsePlanArn(plan)
        .relatedItems(Fixtures.involvedResource(Fixtures.INSTANCE))).incidentRecordArn();
  }

  private String create(Instant at, String type, EventReference... refs) {
    return client.createTimelineEvent(r -> r.incidentRecordArn(incident).eventTime(at).eventType(type)
        .eventData("data " + at).eventReferences(refs)).eventId();
  }

  @Test
  void anEventReadsBackWithItsReferences() {
    String generated = client.listRelatedItems(l -> l.incidentRecordArn(incident)).relatedItems().get(0)
        .generatedId();
    EventReference resource = EventReference.builder().resource(Fixtures.INSTANCE).build();
    EventReference item = EventReference.builder().relatedItemId(generated).build();
    String id = create(T0, "Custom Event", resource, item);
    TimelineEvent e = client.getTimelineEvent(r -> r.incidentRecordArn(incident).eventId(id)).event();
    assertThat(e.eventId()).isEqualTo(id);
    assertThat(e.incidentRecordArn()).isEqualTo(incident);
    assertThat(e.eventTime()).isEqualTo(T0);
    assertThat(e.eventType()).isEqualTo("Custom Event");
    assertThat(e.eventData()).isEqualTo("data " + T0);
    assertThat(e.eventReferences()).containsExactly(resource, item);
    assertThat(e.eventUpdatedTime()).isNotNull();
  }

  @Test
  void anUpdateChangesWhatIsSentAndReplacesReferences() {
    String id = create(T0, "Note", EventReference.builder().resource(Fixtures.INSTANCE).build());
    client.updateTimelineEvent(r -> r.incidentRecordArn(incident).eventId(id).eventData("changed")
        .eventReferences(EventReference.builder().resource(Fixtures.TOPIC).build()));
    TimelineEvent e = client.getTimelineEvent(r -> r.incidentRecordArn(incident).eventId(id)).event();
    assertThat(e.eventData()).isEqualTo("changed");
    assertThat(e.eventType()).isEqualTo("Note");
    assertThat(e.eventTime()).isEqualTo(T0);
    assertThat(e.eventReferences()).extracting(EventReference::resource).containsExactly(Fixtures.TOPIC);
  }

  @Test
  void aDeletedEventIsGone() {
    String id = create(T0, "Custom Event");
    client.deleteTimelineEvent(r -> r.incidentRecordArn(incident).eventId(id));
    assertThatThrownBy(() -> client.getTimelineEvent(r -> r.incidentRecordArn(incident).eventId(id)))
        .isInstanceOfSatisfying(ResourceNotFoundException.class,
            e -> assertThat(e.resourceTypeAsString()).isEqualTo("TIMELINE_EVENT"));
  }

  @Test
  void eventsListByTimeInEitherOrderAndFilter() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("timeline-list")).arn();
    String own = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    String saved = incident;
    incident = own;
    try {
      String late = create(T0.plusSeconds(60), "Custom Event");
      String early = create(T0, "Note");
      String middle = create(T0.plusSeconds(30), "Custom Event");
      assertThat(ids(SortOrder.ASCENDING)).containsExactly(early, middle, late);
      assertThat(ids(SortOrder.DESCENDING)).containsExactly(late, middle, early);
      assertThat(filtered(Filter.builder().key("eventType").condition(Condition.builder()
          .equalsValue(v -> v.stringValues("Note")).build()).build())).containsExactly(early);
      assertThat(filtered(Filter.builder().key("eventTime").condition(Condition.builder()
          .after(T0.plusSeconds(10)).build()).build())).containsExactly(middle, late);
    } finally {
      incident = saved;
    }
  }

  private List<String> ids(SortOrder order) {
    return client.listTimelineEventsPaginator(r -> r.incidentRecordArn(incident).maxResults(1)
        .sortBy(TimelineEventSort.EVENT_TIME).sortOrder(order)).eventSummaries().stream()
        .map(EventSummary::eventId).toList();
  }

  private List<String> filtered(Filter f) {
    return client.listTimelineEvents(r -> r.incidentRecordArn(incident).filters(f)).eventSummaries().stream()
        .map(EventSummary::eventId).toList();
  }
}
