package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.SdkTestBase;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.model.ConflictException;

/** Client tokens: the same token and input give the first answer; another input is a conflict. */
class IdempotencyTest extends SdkTestBase {

  @Test
  void aRepeatedStartIncidentReturnsTheFirstIncidentAndCreatesNothing() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("idem")).arn();
    String first = client.startIncident(r -> r.responsePlanArn(plan).title("x").clientToken("token-1"))
        .incidentRecordArn();
    int count = emulator.inventory(Fixtures.ACCOUNT, "us-east-1").incidentRecordArns().size();
    String again = client.startIncident(r -> r.responsePlanArn(plan).title("x").clientToken("token-1"))
        .incidentRecordArn();
    assertThat(again).isEqualTo(first);
    assertThat(emulator.inventory(Fixtures.ACCOUNT, "us-east-1").incidentRecordArns()).hasSize(count);
  }

  @Test
  void theSameTokenWithAnotherInputIsAConflict() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("idem-conflict")).arn();
    client.startIncident(r -> r.responsePlanArn(plan).title("one").clientToken("token-2"));
    assertThatThrownBy(() -> client.startIncident(r -> r.responsePlanArn(plan).title("two").clientToken("token-2")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("token-2");
  }

  @Test
  void aRepeatedCreateResponsePlanIsNotADuplicateName() {
    String first = client.createResponsePlan(Fixtures.minimalPlan("idem-plan").toBuilder().clientToken("t3")
        .build()).arn();
    String again = client.createResponsePlan(Fixtures.minimalPlan("idem-plan").toBuilder().clientToken("t3")
        .build()).arn();
    assertThat(again).isEqualTo(first);
  }

  @Test
  void withoutATokenEachCallActs() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("idem-none")).arn();
    String a = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    String b = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    assertThat(a).isNotEqualTo(b);
  }
}
