package dev.imkit.emulator.faults;

import static dev.imkit.emulator.faults.FaultTest.Steps.incident;
import static dev.imkit.emulator.faults.FaultTest.Steps.plan;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.support.Fixtures;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.awssdk.services.ssmincidents.model.ChatChannel;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecordSummary;
import software.amazon.awssdk.services.ssmincidents.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssmincidents.model.ResponsePlanSummary;

/** Scenarios of the faults only a sequence of calls reveals: each call alone answers as it should. */
final class SequenceScenarios {
  private SequenceScenarios() {
  }

  static Map<Fault, FaultScenario> all() {
    Map<Fault, FaultScenario> m = new EnumMap<>(Fault.class);
    m.put(Fault.DELETE_LEAVES_IN_LISTS, env -> {
      String plan = plan(env, "gone");
      String incident = incident(env, plan);
      env.client().deleteIncidentRecord(r -> r.arn(incident));
      env.client().deleteResponsePlan(r -> r.arn(plan));
      boolean unreadable = notFound(() -> env.client().getResponsePlan(r -> r.arn(plan)))
          && notFound(() -> env.client().getIncidentRecord(r -> r.arn(incident)));
      boolean planListed = env.client().listResponsePlans(r -> { }).responsePlanSummaries().stream()
          .map(ResponsePlanSummary::arn).anyMatch(plan::equals);
      boolean incidentListed = env.client().listIncidentRecords(r -> { }).incidentRecordSummaries().stream()
          .map(IncidentRecordSummary::arn).anyMatch(incident::equals);
      return unreadable && planListed && incidentListed;
    });
    m.put(Fault.TAGS_SURVIVE_DELETE, env -> {
      String plan = env.client().createResponsePlan(Fixtures.minimalPlan("again").toBuilder()
          .tags(Map.of("old", "1")).build()).arn();
      env.client().deleteResponsePlan(r -> r.arn(plan));
      env.client().createResponsePlan(Fixtures.minimalPlan("again").toBuilder().tags(Map.of("new", "2")).build());
      return env.client().listTagsForResource(r -> r.resourceArn(plan)).tags().containsKey("old");
    });
    m.put(Fault.UPDATE_DROPS_MEMBER, env -> {
      String incident = incident(env, plan(env, "upd"));
      env.client().updateIncidentRecord(r -> r.arn(incident).title("Retitled"));
      env.client().updateIncidentRecord(r -> r.arn(incident).summary("A summary"));
      boolean titleLost = !"Retitled".equals(env.client().getIncidentRecord(r -> r.arn(incident)).incidentRecord()
          .title());
      String plan = env.client().createResponsePlan(Fixtures.minimalPlan("chat")).arn();
      env.client().updateResponsePlan(r -> r.arn(plan).chatChannel(ChatChannel.builder()
          .chatbotSns(Fixtures.TOPIC).build()));
      env.client().updateResponsePlan(r -> r.arn(plan).displayName("Chat plan"));
      boolean chatLost = env.client().getResponsePlan(r -> r.arn(plan)).chatChannel() == null;
      return titleLost && chatLost;
    });
    return m;
  }

  private static boolean notFound(Runnable call) {
    try {
      call.run();
      return false;
    } catch (ResourceNotFoundException expected) {
      return true;
    }
  }
}
