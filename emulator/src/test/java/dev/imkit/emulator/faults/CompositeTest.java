package dev.imkit.emulator.faults;

import static dev.imkit.emulator.support.Raw.encode;
import static dev.imkit.emulator.support.Raw.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultComposite;
import dev.imkit.emulator.support.Raw;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A composite is resolved wherever fault names are, and carries every one of its faults at once, and no other. */
class CompositeTest {
  private static final String TEMPLATE = "'incidentTemplate':{'title':'t','impact':1}";

  @Test
  void namesResolveToFaultsAndCompositesToTheirParts() {
    assertThat(Fault.resolve("iso-timestamps")).containsExactly(Fault.ISO_TIMESTAMPS);
    assertThat(Fault.resolve("lenient")).isEqualTo(FaultComposite.LENIENT.faults()).containsExactlyInAnyOrder(
        Fault.MISSING_RESOURCE_POLICIES, Fault.ACCEPT_UNKNOWN_ENUM, Fault.IGNORE_LENGTH,
        Fault.ACCEPT_UNION_TWO_MEMBERS, Fault.IGNORE_REQUIRED, Fault.SUCCESS_200_EVERYWHERE,
        Fault.PAGINATION_IGNORED, Fault.IGNORE_CLIENT_TOKEN);
    assertThat(FaultComposite.named("lenient")).isEqualTo(FaultComposite.LENIENT);
    assertThat(FaultComposite.ids()).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
        .doesNotContainAnyElementsOf(Fault.ids());
    assertThatThrownBy(() -> Fault.resolve("lenientt")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid faults: success-200-everywhere").hasMessageContaining("composites: lenient");
    assertThat(Emulator.builder().fault("lenient").fault("iso-timestamps").faults())
        .isEqualTo(union(FaultComposite.LENIENT.faults(), Fault.ISO_TIMESTAMPS));
  }

  @Test
  void lenientCarriesEveryPartAtOnce() {
    try (Emulator e = Emulator.builder().fault("lenient").start()) {
      Raw raw = new Raw(e);
      assertThat(e.faults()).isEqualTo(FaultComposite.LENIENT.faults());
      // success-200-everywhere, ignore-required
      assertThat(raw.post("/createResponsePlan", json("{'name':'bare'}")).status()).isEqualTo(200);
      // ignore-length, accept-union-two-members
      assertThat(raw.post("/createResponsePlan", json("{'name':'long','incidentTemplate':{'title':'"
          + "x".repeat(201) + "','impact':1},'chatChannel':{'empty':{},'chatbotSns':['"
          + "arn:aws:sns:us-east-1:111122223333:t']}}")).status()).isEqualTo(200);
      String plan = "arn:aws:ssm-incidents::123456789012:response-plan/bare";
      // accept-unknown-enum, and ignore-client-token: the same token makes two incidents
      String start = json("{'responsePlanArn':'" + plan + "','clientToken':'same','relatedItems':[{'identifier':"
          + "{'type':'BOGUS','value':{'url':'https://example.com'}}}]}");
      JsonNode first = raw.post("/startIncident", start).json();
      JsonNode second = raw.post("/startIncident", start).json();
      assertThat(first.get("incidentRecordArn")).isNotEqualTo(second.get("incidentRecordArn"));
      // missing-resource-policies
      Raw.Answer put = raw.post("/putResourcePolicy", json("{'resourceArn':'" + plan + "','policy':'{}'}"));
      assertThat(put.status()).isEqualTo(404);
      assertThat(put.header("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
      // pagination-ignored: every item on one page, no token, a token sent is not read
      JsonNode page = raw.post("/listResponsePlans", json("{'maxResults':1,'nextToken':'not-one-of-ours'}")).json();
      assertThat(page.get("responsePlanSummaries")).hasSize(2);
      assertThat(page.has("nextToken")).isFalse();
      // and nothing else: patterns, ranges and modeled 404s are as the contract says
      assertThat(raw.post("/createResponsePlan", json("{'name':'bad name!'," + TEMPLATE + "}")).status())
          .isEqualTo(400);
      assertThat(raw.post("/createResponsePlan", json("{'name':'r','incidentTemplate':{'title':'t','impact':9}}"))
          .status()).isEqualTo(400);
      assertThat(raw.get("/getResponsePlan?arn=" + encode(plan + "-missing")).status()).isEqualTo(404);
    }
  }

  private static Set<Fault> union(Set<Fault> faults, Fault more) {
    Set<Fault> all = EnumSet.copyOf(faults);
    all.add(more);
    return all;
  }
}
