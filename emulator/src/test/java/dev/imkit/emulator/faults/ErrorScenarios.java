package dev.imkit.emulator.faults;

import static dev.imkit.emulator.faults.FaultTest.Steps.missingPlan;
import static dev.imkit.emulator.faults.FaultTest.Steps.plan;
import static dev.imkit.emulator.support.Raw.encode;
import static dev.imkit.emulator.support.Raw.json;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.support.Raw;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Scenarios of the PROTOCOL faults of issues 12 and 13: a missing operation group, error statuses, error forms. */
final class ErrorScenarios {
  private ErrorScenarios() {
  }

  static Map<Fault, FaultScenario> all() {
    Map<Fault, FaultScenario> m = new EnumMap<>(Fault.class);
    m.put(Fault.MISSING_RESOURCE_POLICIES, ErrorScenarios::policiesMissing);
    m.put(Fault.QUOTA_AS_400, env -> {
      String plan = plan(env, "quota");
      String tags = IntStream.range(0, 50).mapToObj(i -> "'k" + i + "':'v'").collect(Collectors.joining(","));
      Raw.Answer a = env.raw().post("/tags/" + encode(plan), json("{'tags':{" + tags + "}}"));
      return a.status() == 400 && "ServiceQuotaExceededException".equals(a.header("X-Amzn-ErrorType"));
    });
    m.put(Fault.CONFLICT_AS_500, FaultScenario.with(b -> b.updatingHold(Duration.ofSeconds(30)), env -> {
      String set = env.raw().post("/createReplicationSet", json("{'regions':{'us-east-1':{}}}")).json()
          .get("arn").asText();
      env.raw().post("/updateReplicationSet", addRegion(set, "eu-west-1"));
      Raw.Answer again = env.raw().post("/updateReplicationSet", addRegion(set, "eu-west-2"));
      return again.status() == 500 && "InternalServerException".equals(again.header("X-Amzn-ErrorType"));
    }));
    m.put(Fault.ERROR_TYPE_IN_BODY, env -> {
      Raw.Answer a = missingPlan(env);
      return a.header("X-Amzn-ErrorType") == null && a.status() == 404
          && "com.amazonaws.ssmincidents#ResourceNotFoundException".equals(a.json().path("__type").asText());
    });
    m.put(Fault.ERROR_TYPE_NAMESPACED, env -> {
      Raw.Answer a = missingPlan(env);
      return a.status() == 404 && "com.amazonaws.ssmincidents#ResourceNotFoundException".equals(
          a.header("X-Amzn-ErrorType")) && !a.json().has("__type") && !a.json().has("code");
    });
    m.put(Fault.ERROR_CODE_IN_BODY, env -> {
      Raw.Answer a = missingPlan(env);
      return a.header("X-Amzn-ErrorType") == null && a.status() == 404
          && "ResourceNotFoundException".equals(a.json().path("code").asText());
    });
    return m;
  }

  /** The three policy operations answer as unknown operations do, whatever the input. */
  private static boolean policiesMissing(FaultScenario.Env env) {
    String plan = plan(env, "pol");
    Raw.Answer put = env.raw().post("/putResourcePolicy", json("{'resourceArn':'" + plan + "','policy':'{}'}"));
    Raw.Answer get = env.raw().post("/getResourcePolicies?resourceArn=" + encode(plan), "{}");
    Raw.Answer delete = env.raw().post("/deleteResourcePolicy", json("{'resourceArn':'" + plan
        + "','policyId':'p'}"));
    return unknown(put) && unknown(get) && unknown(delete)
        && put.json().path("message").asText().contains("/putResourcePolicy");
  }

  private static boolean unknown(Raw.Answer a) {
    return a.status() == 404 && "UnknownOperationException".equals(a.header("X-Amzn-ErrorType"));
  }

  static String addRegion(String set, String region) {
    return json("{'arn':'" + set + "','actions':[{'addRegionAction':{'regionName':'" + region + "'}}]}");
  }
}
