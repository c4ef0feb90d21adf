package dev.imkit.emulator.wire;

import static dev.imkit.emulator.support.Raw.encode;
import static dev.imkit.emulator.support.Raw.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.support.Raw;
import dev.imkit.schemas.api.Contract;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** restJson1 on the wire: success codes, error envelope, headers, query and label bindings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireTest {
  private static final String PLAN = "arn:aws:ssm-incidents::123456789012:response-plan/wire";
  private Emulator emulator;
  private Raw raw;

  @BeforeAll
  void start() {
    emulator = Emulator.builder().start();
    raw = new Raw(emulator);
    Raw.Answer created = raw.post("/createResponsePlan", json("{'name':'wire','incidentTemplate':{'title':'t',"
        + "'impact':3},'tags':{'a':'1','b c':'2','d':'3'}}"));
    assertThat(created.status()).isEqualTo(201);
  }

  @AfterAll
  void stop() {
    emulator.close();
  }

  @Test
  void successAnswersCarryTheModeledCodeARequestIdAndJson() {
    Raw.Answer got = raw.get("/getResponsePlan?arn=" + encode(PLAN));
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.header("Content-Type")).isEqualTo("application/json");
    assertThat(got.header("x-amzn-RequestId")).matches("[0-9a-f-]{36}");
    assertThat(got.json().get("arn").asText()).isEqualTo(PLAN);
    assertThat(Contract.current().validator().output("GetResponsePlan", got.json()).valid()).isTrue();

    Raw.Answer updated = raw.post("/updateResponsePlan", json("{'arn':'" + PLAN + "','displayName':'W'}"));
    assertThat(updated.status()).isEqualTo(204);
    assertThat(updated.body()).isEmpty();
    assertThat(updated.header("Content-Type")).isNull();
    assertThat(updated.header("x-amzn-RequestId")).isNotNull();
  }

  @Test
  void errorsCarryTheModeledStatusTheTypeHeaderAndAValidBody() {
    Raw.Answer missing = raw.get("/getResponsePlan?arn=" + encode(PLAN + "-missing"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("X-Amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
    assertThat(missing.header("x-amzn-RequestId")).isNotNull();
    JsonNode body = missing.json();
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(body.get("resourceIdentifier").asText()).isEqualTo(PLAN + "-missing");
    assertThat(body.get("resourceType").asText()).isEqualTo("RESPONSE_PLAN");
    assertThat(Contract.current().validator().error("ResourceNotFoundException", body).valid()).isTrue();
  }

  @Test
  void validationErrorsListEachField() {
    Raw.Answer bad = raw.post("/startIncident", json("{'responsePlanArn':'nope','impact':9}"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("X-Amzn-ErrorType")).isEqualTo("ValidationException");
    JsonNode body = bad.json();
    assertThat(body.get("message").asText()).startsWith("2 validation errors detected: ");
    assertThat(body.get("fieldList")).hasSize(2);
    assertThat(body.get("fieldList").findValuesAsText("path")).containsExactlyInAnyOrder("/impact",
        "/responsePlanArn");
    assertThat(Contract.current().validator().error("ValidationException", body).valid()).isTrue();
  }

  @Test
  void tagLabelsAreDecodedAndRepeatedTagKeysAllCount() {
    String path = "/tags/" + encode(PLAN);
    assertThat(raw.post(path, json("{'tags':{'x':'y'}}")).status()).isEqualTo(204);
    assertThat(raw.delete(path + "?tagKeys=a&tagKeys=b%20c").status()).isEqualTo(204);
    JsonNode tags = raw.get(path).json().get("tags");
    assertThat(tags.fieldNames()).toIterable().containsExactlyInAnyOrder("d", "x");
    assertThat(raw.get("/tags/" + PLAN).status()).as("an ARN sent with raw slashes").isEqualTo(200);
  }

  @Test
  void postsWithQueryMembersReadThemFromTheQuery() {
    Raw.Answer policies = raw.post("/getResourcePolicies?resourceArn=" + encode(PLAN), json("{'maxResults':5}"));
    assertThat(policies.status()).isEqualTo(200);
    assertThat(policies.json().get("resourcePolicies").isArray()).isTrue();
    String set = raw.post("/createReplicationSet", json("{'regions':{'us-east-1':{}}}")).json().get("arn").asText();
    assertThat(raw.send(raw.request("/deleteReplicationSet?arn=" + encode(set))
        .POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(204);
    assertThat(raw.get("/getReplicationSet?arn=" + encode(set)).status()).isEqualTo(404);
  }

  @Test
  void timestampsAreEpochSecondNumbers() {
    String incident = raw.post("/startIncident", json("{'responsePlanArn':'" + PLAN + "'}")).json()
        .get("incidentRecordArn").asText();
    JsonNode record = raw.get("/getIncidentRecord?arn=" + encode(incident)).json().get("incidentRecord");
    assertThat(record.get("creationTime").isNumber()).isTrue();
    assertThat(record.get("creationTime").asDouble()).isBetween(1.7e9, 4.0e9);
  }

  @Test
  void anUnknownPathIsAnUnknownOperation() {
    Raw.Answer unknown = raw.post("/launchRocket", "{}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
    assertThat(raw.get("/createResponsePlan").status()).as("a known path with the wrong method").isEqualTo(404);
  }

  @Test
  void unsignedAndBadlySignedRequestsAreRefused() {
    HttpRequest.Builder unsigned = HttpRequest.newBuilder(emulator.uri().resolve("/listResponsePlans"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
    Raw.Answer missing = raw.send(unsigned);
    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.header("X-Amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
    Raw.Answer malformed = raw.send(HttpRequest.newBuilder(emulator.uri().resolve("/listResponsePlans"))
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=oops").POST(HttpRequest.BodyPublishers.ofString("")));
    assertThat(malformed.status()).isEqualTo(403);
    assertThat(malformed.header("X-Amzn-ErrorType")).isEqualTo("IncompleteSignatureException");
  }

  @Test
  void theRegionComesFromTheCredentialScope() {
    Raw.Answer created = raw.send(raw.request("/createResponsePlan").setHeader("Authorization",
        Raw.AUTH.replace("us-east-1", "ap-south-1")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json("{'name':'south','incidentTemplate':{'title':'t',"
            + "'impact':1}}"))));
    assertThat(created.status()).isEqualTo(201);
    assertThat(emulator.inventory("123456789012", "ap-south-1").responsePlanArns()).hasSize(1);
    assertThat(emulator.inventory("123456789012", "us-east-1").responsePlanArns())
        .doesNotContain(created.json().get("arn").asText() + "x");
  }
}
