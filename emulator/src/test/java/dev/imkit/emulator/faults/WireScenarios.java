package dev.imkit.emulator.faults;

import static dev.imkit.emulator.faults.FaultTest.Steps.incident;
import static dev.imkit.emulator.faults.FaultTest.Steps.missingPlan;
import static dev.imkit.emulator.faults.FaultTest.Steps.plan;
import static dev.imkit.emulator.support.Raw.encode;
import static dev.imkit.emulator.support.Raw.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.support.Raw;
import dev.imkit.emulator.support.Recorder;
import dev.imkit.emulator.support.Sdk;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecordStatus;
import software.amazon.awssdk.services.ssmincidents.model.ResourceNotFoundException;

/** Scenarios of the PROTOCOL, SCHEMA, SDK and SECURITY faults. */
final class WireScenarios {
  private static final String PLAN = "arn:aws:ssm-incidents::123456789012:response-plan/";

  private WireScenarios() {
  }

  static Map<Fault, FaultScenario> all() {
    Map<Fault, FaultScenario> m = new EnumMap<>(Fault.class);
    m.put(Fault.SUCCESS_200_EVERYWHERE, env -> FaultTest.Steps.createRaw(env,
        "{'name':'p','incidentTemplate':{'title':'t','impact':1}}").status() == 200
        && env.raw().post("/updateResponsePlan", json("{'arn':'" + PLAN + "p'}")).status() == 200);
    m.put(Fault.NO_ERROR_TYPE_HEADER, env -> missingPlan(env).header("X-Amzn-ErrorType") == null);
    m.put(Fault.NOT_FOUND_AS_400, env -> missingPlan(env).status() == 400);
    m.put(Fault.UNMODELED_ERROR, env -> "ServiceQuotaExceededException".equals(missingPlan(env)
        .header("X-Amzn-ErrorType")));
    m.put(Fault.WRONG_CONTENT_TYPE, env -> !"application/json".equals(env.raw().post("/listResponsePlans", "{}")
        .header("Content-Type")));
    m.put(Fault.QUERY_BINDING_IGNORED, env -> env.raw().get("/getResponsePlan?arn=" + encode(plan(env, "q")))
        .status() == 400);
    m.put(Fault.LABEL_NOT_DECODED, env -> env.raw().get("/tags/" + encode(plan(env, "l"))).status() == 404);
    m.put(Fault.THROTTLE_EVERY_THIRD, WireScenarios::throttles);
    m.put(Fault.NO_REQUEST_ID, env -> env.raw().post("/listResponsePlans", "{}").header("x-amzn-RequestId") == null);
    m.put(Fault.ISO_TIMESTAMPS, env -> {
      String incident = incident(env, plan(env, "iso"));
      JsonNode record = env.raw().get("/getIncidentRecord?arn=" + encode(incident)).json().get("incidentRecord");
      return record.get("creationTime").isTextual() && sdkFails(() -> env.client().getIncidentRecord(
          r -> r.arn(incident)));
    });
    m.put(Fault.DROP_REQUIRED_OUTPUT, env -> {
      Raw.Answer created = FaultTest.Steps.createRaw(env, "{'name':'d','incidentTemplate':{'title':'t','impact':1}}");
      env.raw().post("/startIncident", json("{'responsePlanArn':'" + PLAN + "d'}"));
      String incident = env.emulator().inventory("123456789012", "us-east-1").incidentRecordArns().get(0);
      return !created.json().has("arn") && !env.raw().get("/getIncidentRecord?arn=" + encode(incident)).json()
          .get("incidentRecord").has("status");
    });
    m.put(Fault.ERROR_WITHOUT_MESSAGE, env -> !missingPlan(env).json().has("message"));
    m.put(Fault.UNKNOWN_ENUM_OUTPUT, env -> {
      String incident = incident(env, plan(env, "enum"));
      return env.client().getIncidentRecord(r -> r.arn(incident)).incidentRecord().status()
          == IncidentRecordStatus.UNKNOWN_TO_SDK_VERSION;
    });
    m.put(Fault.UNTYPED_ERRORS, env -> {
      try {
        env.client().getResponsePlan(r -> r.arn(PLAN + "missing"));
        return false;
      } catch (ResourceNotFoundException typed) {
        return false;
      } catch (software.amazon.awssdk.services.ssmincidents.model.SsmIncidentsException untyped) {
        return untyped.statusCode() == 404;
      }
    });
    m.put(Fault.ACCEPT_UNSIGNED, env -> FaultTest.Steps.unsigned(env).status() == 200);
    m.put(Fault.ACCEPT_BAD_SIGNATURE, FaultScenario.with(b -> b.verifySignatures(Sdk.ACCESS_KEY, Sdk.SECRET),
        env -> {
          try (SsmIncidentsClient wrong = Sdk.client(env.emulator(), new Recorder(), Sdk.ACCESS_KEY, "wrong",
              "us-east-1")) {
            return !sdkFails(() -> wrong.listResponsePlans(r -> { }));
          }
        }));
    return m;
  }

  /** Every third call is throttled, with the modeled members; a retrying client still completes. */
  private static boolean throttles(FaultScenario.Env env) {
    env.raw().post("/listResponsePlans", "{}");
    env.raw().post("/listResponsePlans", "{}");
    Raw.Answer third = env.raw().post("/listResponsePlans", "{}");
    if (third.status() != 429) {
      return false;
    }
    JsonNode body = third.json();
    boolean modeled = "ThrottlingException".equals(third.header("X-Amzn-ErrorType")) && body.has("quotaCode")
        && "ssm-incidents".equals(body.path("serviceCode").asText());
    try (SsmIncidentsClient retrying = SsmIncidentsClient.builder().endpointOverride(env.emulator().uri())
        .region(software.amazon.awssdk.regions.Region.US_EAST_1)
        .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b"))
        .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build()) {
      for (int i = 0; i < 10; i++) {
        retrying.listResponsePlans(r -> { });
      }
    }
    return modeled;
  }

  private static boolean sdkFails(Runnable call) {
    try {
      call.run();
      return false;
    } catch (SdkClientException | software.amazon.awssdk.awscore.exception.AwsServiceException e) {
      return true;
    }
  }
}
