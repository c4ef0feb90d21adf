package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.schemas.api.Contract;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** References come from the context, consistently within a document; realistic values follow its settings. */
class ContextTest {
  static final String PLAN_A = "arn:aws:ssm-incidents::123456789012:response-plan/plan-a";
  static final String PLAN_B = "arn:aws:ssm-incidents::123456789012:response-plan/plan-b";
  static final String INCIDENT_A = "arn:aws:ssm-incidents::123456789012:incident-record/plan-a/1111";
  static final String INCIDENT_B = "arn:aws:ssm-incidents::123456789012:incident-record/plan-b/2222";
  static final String ITEM_A = "related-item/METRIC/0123456789ABCDEF0123456789ABCDEF";

  private final GenerationContext strict = GenerationContext.strict().withAccountId("123456789012")
      .withRegion("eu-west-1").withNamePrefix("run42-")
      .withResponsePlanArns(PLAN_A, PLAN_B)
      .withTimelineEvent(INCIDENT_A, "event-a1").withTimelineEvent(INCIDENT_B, "event-b1")
      .withRelatedItem(INCIDENT_A, ITEM_A)
      .withResourcePolicy(PLAN_B, "policy-b");
  private final IncidentManagerArbitraries im = IncidentManagerArbitraries.current().withContext(strict);

  @Test
  void startIncidentUsesOnlyTheKnownResponsePlans() {
    Set<String> used = new HashSet<>();
    for (ObjectNode doc : Draws.defaultRun(im.validInput("StartIncident"), 200, 1)) {
      used.add(doc.get("responsePlanArn").textValue());
      assertThat(Contract.current().validator().input("StartIncident", doc).valid()).isTrue();
    }
    assertThat(used).containsExactlyInAnyOrder(PLAN_A, PLAN_B);
  }

  @Test
  void aTimelineEventIdGoesWithItsIncident() {
    for (ObjectNode doc : Draws.defaultRun(im.validInput("DeleteTimelineEvent"), 100, 2)) {
      String pair = doc.get("incidentRecordArn").textValue() + " " + doc.get("eventId").textValue();
      assertThat(pair).isIn(INCIDENT_A + " event-a1", INCIDENT_B + " event-b1");
    }
  }

  @Test
  void relatedItemReferencesOnlyNameItemsOfTheDocumentsIncident() {
    int referenced = 0;
    for (ObjectNode doc : Draws.defaultRun(im.validInput("CreateTimelineEvent"), 400, 3)) {
      for (JsonNode ref : doc.path("eventReferences")) {
        if (ref.has("relatedItemId")) {
          referenced++;
          assertThat(doc.get("incidentRecordArn").textValue()).isEqualTo(INCIDENT_A);
          assertThat(ref.get("relatedItemId").textValue()).isEqualTo(ITEM_A);
        }
      }
    }
    assertThat(referenced).isPositive();
  }

  @Test
  void aPolicyIdGoesWithItsResponsePlan() {
    for (ObjectNode doc : Draws.defaultRun(im.validInput("DeleteResourcePolicy"), 50, 4)) {
      assertThat(doc.get("resourceArn").textValue()).isEqualTo(PLAN_B);
      assertThat(doc.get("policyId").textValue()).isEqualTo("policy-b");
    }
  }

  @Test
  void tagOperationsUseTheKnownTaggableResources() {
    for (ObjectNode doc : Draws.defaultRun(im.validInput("TagResource"), 50, 5)) {
      assertThat(doc.get("resourceArn").textValue()).isIn(PLAN_A, PLAN_B);
    }
  }

  @Test
  void namesAreUniquePerTryAndCarryThePrefix() {
    List<ObjectNode> docs = Draws.random(im.validInput("CreateResponsePlan"), 1000, 6);
    Set<String> names = new HashSet<>();
    docs.forEach(d -> names.add(d.get("name").textValue()));
    assertThat(names).hasSize(docs.size()).allSatisfy(n -> assertThat(n).startsWith("run42-"));
  }

  @Test
  void realisticValuesFollowTheAccountAndRegion() {
    for (ObjectNode doc : Draws.random(im.validInput("CreateResponsePlan"), 300, 7)) {
      for (JsonNode contact : doc.path("engagements")) {
        assertThat(contact.textValue()).startsWith("arn:aws:ssm-contacts:eu-west-1:123456789012:contact/");
      }
      for (JsonNode action : doc.path("actions")) {
        assertThat(action.at("/ssmAutomation/roleArn").textValue()).startsWith("arn:aws:iam::123456789012:role/");
      }
    }
  }

  @Test
  void theDefaultContextSynthesizesReferencesThatLookReal() {
    IncidentManagerArbitraries lenient = IncidentManagerArbitraries.current();
    for (ObjectNode doc : Draws.random(lenient.validInput("GetTimelineEvent"), 50, 8)) {
      assertThat(doc.get("incidentRecordArn").textValue())
          .matches("arn:aws:ssm-incidents::111122223333:incident-record/imkit-[A-Za-z0-9]{10}/[0-9a-f-]{36}");
      assertThat(doc.get("eventId").textValue()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
    for (ObjectNode doc : Draws.random(lenient.validInput("CreateReplicationSet"), 50, 9)) {
      doc.get("regions").fieldNames().forEachRemaining(r -> assertThat(r).matches("[a-z]{2}-[a-z]+-[0-9]"));
    }
  }
}
