package dev.imkit.benchmarks.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validations per second of a typical GetResponsePlan output and a typical StartIncident input, with the fast
 * validator ({@code engine=compiled}) and networknt's JSON Schema engine ({@code engine=networknt}).
 * Run single-threaded ({@code -t 1}) to read the figure per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {
  static final String PLAN_OUTPUT = """
      {"arn":"arn:aws:ssm-incidents::123456789012:response-plan/checkout-outage","name":"checkout-outage",
       "displayName":"Checkout outage","incidentTemplate":{"title":"Checkout is failing","impact":2,
       "summary":"Customers cannot complete an order.","dedupeString":"checkout-5xx",
       "notificationTargets":[{"snsTopicArn":"arn:aws:sns:us-east-1:123456789012:incident-updates"}],
       "incidentTags":{"team":"payments","severity":"high"}},
       "chatChannel":{"chatbotSns":["arn:aws:sns:us-east-1:123456789012:chat-payments"]},
       "engagements":["arn:aws:ssm-contacts:us-east-1:123456789012:contact/oncall-payments"],
       "actions":[{"ssmAutomation":{"documentName":"AWSIncidents-CriticalIncidentRunbookTemplate",
         "roleArn":"arn:aws:iam::123456789012:role/incident-automation","documentVersion":"$DEFAULT",
         "targetAccount":"RESPONSE_PLAN_OWNER_ACCOUNT","parameters":{"Environment":["prod"]},
         "dynamicParameters":{"IncidentArn":{"variable":"INCIDENT_RECORD_ARN"},
           "Resources":{"variable":"INVOLVED_RESOURCES"}}}}],
       "integrations":[{"pagerDutyConfiguration":{"name":"payments-pd","secretId":"pagerduty/payments",
         "pagerDutyIncidentConfiguration":{"serviceId":"PX12345"}}}]}
      """;
  static final String START_INPUT = """
      {"responsePlanArn":"arn:aws:ssm-incidents::123456789012:response-plan/checkout-outage",
       "clientToken":"8a4b7c36-2b0e-4c4f-9a51-0f1e3a5d9c77","title":"Checkout 5xx above 5%","impact":1,
       "triggerDetails":{"source":"aws.cloudwatch","timestamp":1763798400,
         "triggerArn":"arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-5xx","rawData":"{\\"state\\":\\"ALARM\\"}"},
       "relatedItems":[
         {"identifier":{"type":"INVOLVED_RESOURCE","value":{"arn":"arn:aws:lambda:us-east-1:123456789012:function:checkout"}},
          "title":"checkout function"},
         {"identifier":{"type":"OTHER","value":{"url":"https://runbooks.example.com/checkout"}},"title":"runbook"}]}
      """;

  @Param({"compiled", "networknt"})
  public String engine;

  private Validator validator;
  private JsonNode planOutput;
  private JsonNode startInput;

  @Setup
  public void setUp() throws Exception {
    Contract contract = Contract.current();
    validator = engine.equals("compiled") ? contract.validator() : contract.jsonSchemaValidator();
    ObjectMapper mapper = new ObjectMapper();
    planOutput = mapper.readTree(PLAN_OUTPUT);
    startInput = mapper.readTree(START_INPUT);
    requireValid(validator.output("GetResponsePlan", planOutput));
    requireValid(validator.input("StartIncident", startInput));
  }

  private static void requireValid(ValidationReport report) {
    if (!report.valid()) {
      throw new IllegalStateException("benchmark document is not valid: " + report.summary());
    }
  }

  @Benchmark
  public ValidationReport getResponsePlanOutput() {
    return validator.output("GetResponsePlan", planOutput);
  }

  @Benchmark
  public ValidationReport startIncidentInput() {
    return validator.input("StartIncident", startInput);
  }
}
