package dev.imkit.emulator.faults;

import static dev.imkit.emulator.faults.FaultTest.Steps.createRaw;
import static dev.imkit.emulator.faults.FaultTest.Steps.plan;
import static dev.imkit.emulator.support.Raw.json;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.Raw;
import java.util.EnumMap;
import java.util.Map;

/** Scenarios of the VALIDATION and REVISION faults: inputs the contract refuses, accepted (or the reverse). */
final class InputScenarios {
  private static final String TEMPLATE = "'incidentTemplate':{'title':'t','impact':1}";

  private InputScenarios() {
  }

  static Map<Fault, FaultScenario> all() {
    Map<Fault, FaultScenario> m = new EnumMap<>(Fault.class);
    m.put(Fault.ACCEPT_UNKNOWN_ENUM, env -> env.raw().post("/startIncident", json("{'responsePlanArn':'"
        + plan(env, "e") + "','relatedItems':[{'identifier':{'type':'BOGUS','value':{'url':'u'}}}]}")).status()
        == 200);
    m.put(Fault.IGNORE_REQUIRED, env -> createRaw(env, "{'name':'r'}").status() == 201);
    m.put(Fault.ACCEPT_UNION_TWO_MEMBERS, env -> createRaw(env, "{'name':'u'," + TEMPLATE
        + ",'chatChannel':{'empty':{},'chatbotSns':['arn:aws:sns:us-east-1:111122223333:t']}}").status() == 201
        && createRaw(env, "{'name':'u0'," + TEMPLATE + ",'chatChannel':{}}").status() == 400);
    m.put(Fault.IGNORE_LENGTH, env -> createRaw(env, "{'name':'l','incidentTemplate':{'title':'" + "x".repeat(201)
        + "','impact':1}}").status() == 201);
    m.put(Fault.IGNORE_PATTERN, env -> createRaw(env, "{'name':'bad name!'," + TEMPLATE + "}").status() == 201);
    m.put(Fault.IGNORE_RANGE, env -> createRaw(env, "{'name':'g','incidentTemplate':{'title':'t','impact':9}}")
        .status() == 201);
    m.put(Fault.IGNORE_COLLECTION_SIZE, env -> createRaw(env, "{'name':'c'," + TEMPLATE + ",'engagements':["
        + String.join(",", java.util.stream.IntStream.range(0, 6).mapToObj(i -> "'" + Fixtures.CONTACT + i + "'")
        .toList()) + "]}").status() == 201);
    m.put(Fault.VALIDATION_AS_500, env -> createRaw(env, "{'name':'v'}").status() == 500);
    m.put(Fault.REFUSE_EMPTY_TITLE, env -> refused(createRaw(env, "{'name':'t','incidentTemplate':{'title':'',"
        + "'impact':1}}"), "/incidentTemplate/title") && refused(env.raw().post("/startIncident", json(
        "{'responsePlanArn':'" + plan(env, "t2") + "','title':''}")), "/title"));
    m.put(Fault.REFUSE_LONG_NAMES, env -> refused(createRaw(env, "{'name':'" + "n".repeat(129) + "'," + TEMPLATE
        + "}"), "/name") && createRaw(env, "{'name':'" + "n".repeat(128) + "'," + TEMPLATE + "}").status() == 201
        && refused(createRaw(env, "{'name':'dn','displayName':'" + "d".repeat(200) + "'," + TEMPLATE + "}"),
        "/displayName"));
    m.put(Fault.REJECT_INVOLVED_RESOURCE, env -> {
      String plan = plan(env, "ir");
      return env.raw().post("/startIncident", json("{'responsePlanArn':'" + plan + "','relatedItems':[{"
          + "'identifier':{'type':'INVOLVED_RESOURCE','value':{'arn':'" + Fixtures.INSTANCE + "'}}}]}")).status()
          == 400;
    });
    m.put(Fault.DROP_DYNAMIC_PARAMETERS, env -> {
      String plan = plan(env, "dp");
      return !env.client().getResponsePlan(r -> r.arn(plan)).actions().get(0).ssmAutomation()
          .hasDynamicParameters();
    });
    m.put(Fault.OLD_CONTACTS_PATTERN, env -> createRaw(env, "{'name':'oc'," + TEMPLATE + ",'engagements':["
        + "'arn:aws:ssm-contacts:us-east-1:111122223333:contact/Alice']}").status() == 201);
    return m;
  }

  /** A 400 ValidationException whose fieldList names the member at {@code pointer}. */
  private static boolean refused(Raw.Answer a, String pointer) {
    return a.status() == 400 && "ValidationException".equals(a.header("X-Amzn-ErrorType"))
        && a.json().path("fieldList").findValuesAsText("path").contains(pointer);
  }
}
