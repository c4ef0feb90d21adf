package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.reports.api.RootCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures and blocked checks grouped by root cause, biggest first. */
class RootCauseTest {

  private static CheckResult failed(String id, String op, int status, String errorType, ExchangeRecord.Role role) {
    Map<String, List<String>> headers = errorType.isEmpty() ? Map.of() : Map.of("X-Amzn-ErrorType", List.of(errorType));
    ExchangeRecord call = new ExchangeRecord(role, op, "POST", "http://h/" + op, Map.of(), "{}", status, headers, "", 1);
    return new CheckResult(id, Category.STATE, List.of(op), List.of(), Level.MUST, "2021-05-11", "2023-11-16",
        CheckStatus.FAIL, 1, id + " broke", null, List.of(call), 0, "1", 1, "", List.of());
  }

  private static CheckResult blocked(String id, String op, Cause cause) {
    return new CheckResult(id, Category.VALIDATION, List.of(op), List.of(), Level.MUST, "2021-05-11", "2023-11-16",
        CheckStatus.BLOCKED, 1, "BLOCKED by " + cause.summary(), cause, List.of(), -1, "1", 0, "", List.of());
  }

  @Test
  void aCauseKeyGroupsItsBlockedChecksWithTheFailureThatReportsIt() {
    Cause missing = new Cause("missing:PutResourcePolicy", CauseKind.OPERATION_MISSING, "PutResourcePolicy is missing",
        "PROTO-SUCCESS-PutResourcePolicy");
    List<CheckResult> results = new ArrayList<>();
    results.add(failed("PROTO-SUCCESS-PutResourcePolicy", "PutResourcePolicy", 404, "UnknownOperationException",
        ExchangeRecord.Role.CHECK));
    for (int i = 0; i < 5; i++) {
      results.add(blocked("VAL-X-" + i, "PutResourcePolicy", missing));
    }
    results.add(failed("STATE-ONE-A", "GetIncidentRecord", 500, "", ExchangeRecord.Role.CHECK));

    List<RootCause> causes = RootCause.of(results);

    assertThat(causes).hasSize(2);
    RootCause first = causes.get(0);
    assertThat(first.key()).isEqualTo("missing:PutResourcePolicy");
    assertThat(first.kind()).isEqualTo(CauseKind.OPERATION_MISSING);
    assertThat(first.failed()).containsExactly("PROTO-SUCCESS-PutResourcePolicy");
    assertThat(first.blocked()).hasSize(5);
    assertThat(first.size()).isEqualTo(6);
    assertThat(causes.get(1).key()).isEqualTo("check:STATE-ONE-A");
  }

  @Test
  void oneRuleBrokenAcrossOperationsIsOneCause() {
    List<RootCause> causes = RootCause.of(List.of(
        failed("PROTO-SUCCESS-CreateResponsePlan", "CreateResponsePlan", 200, "", ExchangeRecord.Role.CHECK),
        failed("PROTO-SUCCESS-DeleteResponsePlan", "DeleteResponsePlan", 200, "", ExchangeRecord.Role.CHECK),
        failed("PROTO-SUCCESS-TagResource", "TagResource", 204, "", ExchangeRecord.Role.CHECK)));

    assertThat(causes).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("rule:PROTO-SUCCESS:2xx");
      assertThat(c.operations()).containsExactly("CreateResponsePlan", "DeleteResponsePlan", "TagResource");
      assertThat(c.summary()).startsWith("PROTO-SUCCESS checks answered a success (2xx) on 3 operations, e.g. ");
    });
  }

  @Test
  void oneOperationGivingTheSameAnswerToSeveralChecksIsOneCause() {
    List<RootCause> causes = RootCause.of(List.of(
        failed("STATE-READ-GetIncidentRecord", "GetIncidentRecord", 500, "InternalServerException",
            ExchangeRecord.Role.CHECK),
        failed("SCHEMA-OUTPUT-GetIncidentRecord", "GetIncidentRecord", 500, "InternalServerException",
            ExchangeRecord.Role.CHECK),
        failed("IDEM-REPLAY-GetIncidentRecord", "GetIncidentRecord", 500, "InternalServerException",
            ExchangeRecord.Role.CHECK)));

    assertThat(causes).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("answer:GetIncidentRecord:500 InternalServerException");
      assertThat(c.summary()).startsWith("GetIncidentRecord answered 500 InternalServerException to 3 checks");
    });
  }

  @Test
  void aValidCallRefusedOrAnUnknownOperationNamesTheOperation() {
    List<RootCause> causes = RootCause.of(List.of(
        failed("VAL-A", "StartIncident", 400, "ValidationException", ExchangeRecord.Role.CONTROL),
        failed("VAL-B", "StartIncident", 400, "ValidationException", ExchangeRecord.Role.FIXTURE),
        failed("STATE-C", "GetResourcePolicies", 404, "", ExchangeRecord.Role.FIXTURE),
        failed("SDK-D", "ListTimelineEvents", 400, "UnknownOperationException", ExchangeRecord.Role.CHECK)));

    assertThat(causes).extracting(RootCause::key).containsExactly("refused:StartIncident",
        "missing:GetResourcePolicies", "missing:ListTimelineEvents");
    assertThat(causes.get(0).kind()).isEqualTo(CauseKind.VALID_INPUT_REFUSED);
    assertThat(causes.get(0).failed()).containsExactly("VAL-A", "VAL-B");
    assertThat(causes.get(1).kind()).isEqualTo(CauseKind.OPERATION_MISSING);
  }

  @Test
  void passesSkipsAndAdvisoriesHaveNoCause() {
    assertThat(RootCause.of(Samples.results()).stream().flatMap(c -> c.failed().stream()))
        .doesNotContain("PRO-CreateResponsePlan", "PROTO-ErrorType-Header-GetResponsePlan", "SEC-Unsigned-StartIncident")
        .contains("PAG-MaxResults-ListIncidentRecords");
  }
}
