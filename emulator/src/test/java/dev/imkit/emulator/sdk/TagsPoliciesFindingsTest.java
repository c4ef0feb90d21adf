package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.api.Finding;
import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.SdkTestBase;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.model.BatchGetIncidentFindingsResponse;
import software.amazon.awssdk.services.ssmincidents.model.FindingSummary;
import software.amazon.awssdk.services.ssmincidents.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssmincidents.model.ResourcePolicy;
import software.amazon.awssdk.services.ssmincidents.model.ServiceQuotaExceededException;

/** Tags, resource policies and findings through the AWS SDK. */
class TagsPoliciesFindingsTest extends SdkTestBase {

  @Test
  void tagsAreAddedRemovedAndListed() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("tagged")).arn();
    client.tagResource(r -> r.resourceArn(plan).tags(Map.of("a", "1", "b c", "2", "d", "3")));
    client.untagResource(r -> r.resourceArn(plan).tagKeys("a", "b c"));
    assertThat(client.listTagsForResource(r -> r.resourceArn(plan)).tags()).isEqualTo(Map.of("d", "3"));
    String incident = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    client.tagResource(r -> r.resourceArn(incident).tags(Map.of("sev", "high")));
    assertThat(client.listTagsForResource(r -> r.resourceArn(incident)).tags()).isEqualTo(Map.of("sev", "high"));
  }

  @Test
  void moreThanFiftyTagsExceedTheQuota() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("crowded")).arn();
    Map<String, String> fifty = new HashMap<>();
    for (int i = 0; i < 50; i++) {
      fifty.put("k" + i, "v");
    }
    client.tagResource(r -> r.resourceArn(plan).tags(fifty));
    assertThatThrownBy(() -> client.tagResource(r -> r.resourceArn(plan).tags(Map.of("one-more", "v"))))
        .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(402);
          assertThat(e.serviceCodeAsString()).isEqualTo("ssm-incidents");
          assertThat(e.quotaCode()).isNotBlank();
        });
  }

  @Test
  void tagsOfAnUnknownResourceAreNotFound() {
    String missing = "arn:aws:ssm-incidents::123456789012:response-plan/missing";
    assertThatThrownBy(() -> client.tagResource(r -> r.resourceArn(missing).tags(Map.of("a", "b"))))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> client.listTagsForResource(r -> r.resourceArn(missing)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> client.untagResource(r -> r.resourceArn(missing).tagKeys("a")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void policiesArePutListedAndDeleted() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("shared")).arn();
    String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
    String first = client.putResourcePolicy(r -> r.resourceArn(plan).policy(doc)).policyId();
    String second = client.putResourcePolicy(r -> r.resourceArn(plan).policy(doc)).policyId();
    assertThat(client.getResourcePoliciesPaginator(r -> r.resourceArn(plan).maxResults(1)).resourcePolicies()
        .stream()).extracting(ResourcePolicy::policyId).containsExactlyInAnyOrder(first, second);
    assertThat(client.getResourcePolicies(r -> r.resourceArn(plan)).resourcePolicies().get(0))
        .satisfies(p -> {
          assertThat(p.policyDocument()).isEqualTo(doc);
          assertThat(p.ramResourceShareRegion()).isEqualTo("us-east-1");
        });
    client.deleteResourcePolicy(r -> r.resourceArn(plan).policyId(first));
    assertThatThrownBy(() -> client.deleteResourcePolicy(r -> r.resourceArn(plan).policyId(first)))
        .isInstanceOfSatisfying(ResourceNotFoundException.class,
            e -> assertThat(e.resourceTypeAsString()).isEqualTo("RESOURCE_POLICY"));
    assertThat(emulator.inventory("123456789012", "us-east-1").resourcePolicies()).isEqualTo(1);
  }

  @Test
  void findingsAddedThroughTheHookAreListedAndFetched() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("found")).arn();
    String incident = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    Instant start = Instant.parse("2026-02-01T00:00:00Z");
    String deploy = emulator.addFinding(incident, Finding.codeDeployDeployment(
        "arn:aws:codedeploy:us-east-1:111122223333:deploymentgroup:app/group", "d-ABC123", start, null));
    String stack = emulator.addFinding(incident, Finding.cloudFormationStackUpdate(
        "arn:aws:cloudformation:us-east-1:111122223333:stack/s/1", start, start.plusSeconds(60)).withId("stack-1"));
    assertThat(stack).isEqualTo("stack-1");
    assertThat(client.listIncidentFindingsPaginator(r -> r.incidentRecordArn(incident).maxResults(1)).findings()
        .stream()).extracting(FindingSummary::id).containsExactlyInAnyOrder(deploy, stack);

    BatchGetIncidentFindingsResponse got = client.batchGetIncidentFindings(r -> r.incidentRecordArn(incident)
        .findingIds(deploy, "nope"));
    assertThat(got.findings()).singleElement().satisfies(f -> {
      assertThat(f.details().codeDeployDeployment().deploymentId()).isEqualTo("d-ABC123");
      assertThat(f.details().codeDeployDeployment().startTime()).isEqualTo(start);
    });
    assertThat(got.errors()).singleElement().satisfies(e -> assertThat(e.findingId()).isEqualTo("nope"));
    assertThat(emulator.inventory("123456789012", "us-east-1").findings()).isEqualTo(2);
    assertThatThrownBy(() -> emulator.addFinding(incident + "x", Finding.cloudFormationStackUpdate("a", start, null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
