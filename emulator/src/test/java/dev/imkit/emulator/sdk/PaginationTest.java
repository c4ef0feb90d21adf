package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.Sdk;
import dev.imkit.emulator.support.SdkTestBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecordSummary;
import software.amazon.awssdk.services.ssmincidents.model.ListIncidentRecordsResponse;
import software.amazon.awssdk.services.ssmincidents.model.ListResponsePlansResponse;
import software.amazon.awssdk.services.ssmincidents.model.ResponsePlanSummary;
import software.amazon.awssdk.services.ssmincidents.model.ValidationException;

/** Pages: sizes honoured, every item once even while items are created, no token on the last page. */
class PaginationTest extends SdkTestBase {

  @Test
  void aWalkYieldsEveryPlanOnceWithPagesOfTheAskedSize() {
    Set<String> created = new HashSet<>();
    List<ListResponsePlansResponse> pages = new ArrayList<>();
    try (var own = Sdk.client(emulator, recorder, Sdk.ACCESS_KEY, Sdk.SECRET, "eu-central-1")) {
      for (int i = 0; i < 23; i++) {
        created.add(own.createResponsePlan(Fixtures.minimalPlan(String.format("page-%02d", i))).arn());
      }
      own.listResponsePlansPaginator(r -> r.maxResults(5)).forEach(pages::add);
    }
    assertThat(pages).hasSize(5);
    assertThat(pages.subList(0, 4)).allSatisfy(p -> assertThat(p.responsePlanSummaries()).hasSize(5));
    assertThat(pages.get(4).responsePlanSummaries()).hasSize(3);
    assertThat(pages.get(4).nextToken()).isNull();
    List<String> walked = pages.stream().flatMap(p -> p.responsePlanSummaries().stream())
        .map(ResponsePlanSummary::arn).toList();
    assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void itemsCreatedDuringAWalkNeverRepeatOrHideOthers() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("walk")).arn();
    Set<String> before = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      before.add(client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn());
    }
    List<String> walked = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      ListIncidentRecordsResponse page = client.listIncidentRecords(r -> r.maxResults(4).nextToken(t));
      page.incidentRecordSummaries().stream().map(IncidentRecordSummary::arn).forEach(walked::add);
      client.startIncident(r -> r.responsePlanArn(plan));
      token = page.nextToken();
    } while (token != null);
    assertThat(walked).doesNotHaveDuplicates().containsAll(before);
  }

  @Test
  void theDefaultPageIsTheContractsMaximum() {
    String plan = client.createResponsePlan(Fixtures.minimalPlan("big")).arn();
    String incident = client.startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    for (int i = 0; i < 105; i++) {
      int n = i;
      client.updateRelatedItems(u -> u.incidentRecordArn(incident).relatedItemsUpdate(x -> x.itemToAdd(
          Fixtures.link("https://example.com/" + n))));
    }
    var first = client.listRelatedItems(r -> r.incidentRecordArn(incident));
    assertThat(first.relatedItems()).hasSize(100);
    assertThat(first.nextToken()).isNotNull();
    assertThat(client.listRelatedItems(r -> r.incidentRecordArn(incident).nextToken(first.nextToken()))
        .relatedItems()).hasSize(5);
  }

  @Test
  void aTokenNotIssuedByTheOperationIsAValidationException() {
    assertThatThrownBy(() -> client.listResponsePlans(r -> r.nextToken("garbage!")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("nextToken");
    client.createResponsePlan(Fixtures.minimalPlan("tok-a"));
    client.createResponsePlan(Fixtures.minimalPlan("tok-b"));
    String planToken = client.listResponsePlans(r -> r.maxResults(1)).nextToken();
    assertThatThrownBy(() -> client.listIncidentRecords(r -> r.nextToken(planToken)))
        .isInstanceOf(ValidationException.class);
  }
}
