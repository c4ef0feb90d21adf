package dev.imkit.emulator.faults;

import static dev.imkit.emulator.faults.FaultTest.Steps.incident;
import static dev.imkit.emulator.faults.FaultTest.Steps.plan;

import dev.imkit.emulator.api.Fault;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ssmincidents.model.Condition;
import software.amazon.awssdk.services.ssmincidents.model.Filter;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecordStatus;
import software.amazon.awssdk.services.ssmincidents.model.ListResponsePlansResponse;
import software.amazon.awssdk.services.ssmincidents.model.ResponsePlanSummary;
import software.amazon.awssdk.services.ssmincidents.model.SortOrder;

/** Scenarios of list faults: filters and sort order ignored, pagination ignored or broken by an insert. */
final class ListScenarios {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private ListScenarios() {
  }

  static Map<Fault, FaultScenario> all() {
    Map<Fault, FaultScenario> m = new EnumMap<>(Fault.class);
    m.put(Fault.FILTERS_IGNORED, env -> {
      String plan = plan(env, "f");
      incident(env, plan);
      String resolved = incident(env, plan);
      env.client().updateIncidentRecord(r -> r.arn(resolved).status(IncidentRecordStatus.RESOLVED));
      Filter onlyResolved = Filter.builder().key("status").condition(Condition.builder().equalsValue(e -> e
          .stringValues("RESOLVED")).build()).build();
      return env.client().listIncidentRecords(r -> r.filters(onlyResolved)).incidentRecordSummaries().size() != 1;
    });
    m.put(Fault.SORT_IGNORED, env -> {
      String incident = incident(env, plan(env, "s"));
      for (int i = 0; i < 3; i++) {
        Instant at = T0.plusSeconds(i);
        env.client().createTimelineEvent(r -> r.incidentRecordArn(incident).eventTime(at).eventType("Note")
            .eventData("e"));
      }
      Instant first = env.client().listTimelineEvents(r -> r.incidentRecordArn(incident)
          .sortBy("EVENT_TIME").sortOrder(SortOrder.DESCENDING)).eventSummaries().get(0).eventTime();
      return !first.equals(T0.plusSeconds(2));
    });
    m.put(Fault.PAGINATION_IGNORED, env -> {
      for (int i = 0; i < 5; i++) {
        plan(env, "p" + i);
      }
      ListResponsePlansResponse page = env.client().listResponsePlans(r -> r.maxResults(2));
      return page.responsePlanSummaries().size() == 5 && page.nextToken() == null;
    });
    m.put(Fault.PAGE_TOKEN_BROKEN_BY_INSERT, env -> {
      for (String name : List.of("b", "c", "d")) {
        plan(env, name);
      }
      ListResponsePlansResponse first = env.client().listResponsePlans(r -> r.maxResults(2));
      plan(env, "a");
      List<String> next = env.client().listResponsePlans(r -> r.maxResults(2).nextToken(first.nextToken()))
          .responsePlanSummaries().stream().map(ResponsePlanSummary::name).toList();
      return !next.equals(List.of("d"));
    });
    return m;
  }
}
