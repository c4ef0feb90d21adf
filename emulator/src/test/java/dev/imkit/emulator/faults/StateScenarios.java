package dev.imkit.emulator.faults;

import static dev.imkit.emulator.faults.FaultTest.Steps.incident;
import static dev.imkit.emulator.faults.FaultTest.Steps.plan;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.support.Fixtures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecordStatus;
import software.amazon.awssdk.services.ssmincidents.model.ListResponsePlansResponse;
import software.amazon.awssdk.services.ssmincidents.model.ResponsePlanSummary;

/** Scenarios of the STATE, IDEMPOTENCY and PAGINATION faults. */
final class StateScenarios {
  private StateScenarios() {
  }

  static Map<Fault, FaultScenario> all() {
    Map<Fault, FaultScenario> m = new EnumMap<>(Fault.class);
    m.put(Fault.DELETE_KEEPS, env -> {
      String plan = plan(env, "dk");
      env.client().deleteResponsePlan(r -> r.arn(plan));
      return env.emulator().inventory(Fixtures.ACCOUNT, "us-east-1").responsePlanArns().contains(plan);
    });
    m.put(Fault.UPDATE_DROPS_DYNAMIC_PARAMETERS, env -> {
      String plan = plan(env, "ud");
      env.client().updateResponsePlan(r -> r.arn(plan).incidentTemplateTitle("changed"));
      return !env.client().getResponsePlan(r -> r.arn(plan)).actions().get(0).ssmAutomation()
          .hasDynamicParameters();
    });
    m.put(Fault.LOSE_TITLE_OVERRIDE, env -> {
      String plan = plan(env, "lt");
      String incident = env.client().startIncident(r -> r.responsePlanArn(plan).title("Mine")).incidentRecordArn();
      return !"Mine".equals(env.client().getIncidentRecord(r -> r.arn(incident)).incidentRecord().title());
    });
    m.put(Fault.BAD_GENERATED_ID, env -> {
      String incident = env.client().startIncident(r -> r.responsePlanArn(plan(env, "g"))
          .relatedItems(Fixtures.link("https://example.com"))).incidentRecordArn();
      return !env.client().listRelatedItems(r -> r.incidentRecordArn(incident)).relatedItems().get(0).generatedId()
          .matches("related-item/OTHER/[0-9A-F]{32}");
    });
    m.put(Fault.RESOLVE_WITHOUT_TIME, env -> {
      String incident = incident(env, plan(env, "rt"));
      env.client().updateIncidentRecord(r -> r.arn(incident).status(IncidentRecordStatus.RESOLVED));
      return env.client().getIncidentRecord(r -> r.arn(incident)).incidentRecord().resolvedTime() == null;
    });
    m.put(Fault.RELATED_ITEM_REMOVE_IGNORED, env -> {
      var item = Fixtures.link("https://example.com/x");
      String incident = env.client().startIncident(r -> r.responsePlanArn(plan(env, "ri")).relatedItems(item))
          .incidentRecordArn();
      env.client().updateRelatedItems(r -> r.incidentRecordArn(incident).relatedItemsUpdate(u -> u.itemToRemove(
          item.identifier())));
      return !env.client().listRelatedItems(r -> r.incidentRecordArn(incident)).relatedItems().isEmpty();
    });
    m.put(Fault.LIST_MISSES_NEWEST, env -> {
      plan(env, "b-first");
      String newest = plan(env, "a-newest");
      return env.client().listResponsePlans(r -> { }).responsePlanSummaries().stream()
          .noneMatch(s -> s.arn().equals(newest));
    });
    m.put(Fault.TAGS_NOT_STORED, env -> {
      String plan = plan(env, "tn");
      env.client().tagResource(r -> r.resourceArn(plan).tags(Map.of("new", "tag")));
      return !env.client().listTagsForResource(r -> r.resourceArn(plan)).tags().containsKey("new");
    });
    m.put(Fault.IGNORE_CLIENT_TOKEN, env -> {
      String plan = plan(env, "ct");
      String a = env.client().startIncident(r -> r.responsePlanArn(plan).clientToken("same")).incidentRecordArn();
      String b = env.client().startIncident(r -> r.responsePlanArn(plan).clientToken("same")).incidentRecordArn();
      return !a.equals(b);
    });
    m.put(Fault.TOKEN_MISMATCH_ACCEPTED, env -> {
      String plan = plan(env, "tm");
      env.client().startIncident(r -> r.responsePlanArn(plan).title("one").clientToken("t"));
      try {
        env.client().startIncident(r -> r.responsePlanArn(plan).title("two").clientToken("t"));
        return true;
      } catch (software.amazon.awssdk.services.ssmincidents.model.ConflictException expected) {
        return false;
      }
    });
    m.put(Fault.REPEAT_ACROSS_PAGES, env -> {
      List<String> walked = walk(env, 5, 2);
      return walked.size() != new HashSet<>(walked).size();
    });
    m.put(Fault.ENDLESS_PAGINATION, env -> {
      plan(env, "only");
      ListResponsePlansResponse first = env.client().listResponsePlans(r -> { });
      return first.nextToken() != null && env.client().listResponsePlans(r -> r.nextToken(first.nextToken()))
          .nextToken() != null;
    });
    m.put(Fault.IGNORE_MAX_RESULTS, env -> {
      for (int i = 0; i < 5; i++) {
        plan(env, "m" + i);
      }
      return env.client().listResponsePlans(r -> r.maxResults(2)).responsePlanSummaries().size() > 2;
    });
    return m;
  }

  /** Creates {@code plans} plans and walks them {@code pageSize} at a time (at most 20 pages). */
  private static List<String> walk(FaultScenario.Env env, int plans, int pageSize) {
    for (int i = 0; i < plans; i++) {
      plan(env, "w" + i);
    }
    List<String> walked = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String t = token;
      ListResponsePlansResponse page = env.client().listResponsePlans(r -> r.maxResults(pageSize).nextToken(t));
      page.responsePlanSummaries().stream().map(ResponsePlanSummary::arn).forEach(walked::add);
      token = page.nextToken();
    } while (token != null && ++pages < 20);
    return walked;
  }
}
