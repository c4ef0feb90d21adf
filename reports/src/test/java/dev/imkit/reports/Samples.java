package dev.imkit.reports;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.RunInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic run: mostly passes, two new failures, a known one, an advisory, skips, hostile text, and a missing
 * operation: its own failure and three checks it blocks.
 */
final class Samples {
  static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";

  private Samples() {
  }

  static final String MISSING = "PROTO-SUCCESS-PutResourcePolicy";
  static final List<String> BLOCKED = List.of("STATE-POLICY-PutResourcePolicy", "VAL-LENGTH-PutResourcePolicy-policy",
      "SDK-CALL-PutResourcePolicy");

  static RunInfo run() {
    return new RunInfo("http://127.0.0.1:4566", "2023-11-16", true, "full", "20261130", "0.1.0-SNAPSHOT",
        Instant.parse("2026-11-30T18:40:00Z"), 12_500, 1_840,
        "./imkit run --endpoint http://127.0.0.1:4566 --profile full --seed 20261130", true, "eu-west-1", null);
  }

  /** The same run, killed before it finished. */
  static RunInfo killedRun() {
    return run().ended(false, 0, 1_840);
  }

  static List<CheckResult> results() {
    List<CheckResult> all = new ArrayList<>();
    String[] ops = {"CreateResponsePlan", "GetResponsePlan", "StartIncident", "ListIncidentRecords",
        "UpdateRelatedItems", "CreateReplicationSet"};
    String[] categories = {"PROTOCOL", "SCHEMA", "VALIDATION", "STATE", "PAGINATION", "SDK"};
    for (String op : ops) {
      for (String category : categories) {
        all.add(result(category.substring(0, 3) + "-" + op, category, op, CheckStatus.PASS, ""));
      }
    }
    all.add(result("VAL-ENUM-StartIncident-relatedItems.identifier.type", "VALIDATION", "StartIncident",
        CheckStatus.FAIL, "expected 400 ValidationException for type 'INVOLVED_RESOURCEX', got 200"));
    all.add(result("STATE-DynamicParameters-CreateResponsePlan", "STATE", "CreateResponsePlan", CheckStatus.FAIL,
        "GetResponsePlan lost incidentTemplate.dynamicParameters: " + HOSTILE));
    all.add(result("PAG-MaxResults-ListIncidentRecords", "PAGINATION", "ListIncidentRecords", CheckStatus.KNOWN,
        "maxResults=2 returned 5 items"));
    all.add(result("PROTO-ErrorType-Header-GetResponsePlan", "PROTOCOL", "GetResponsePlan", CheckStatus.ADVISORY,
        "X-Amzn-ErrorType carries no ':' suffix"));
    all.add(result("SEC-Unsigned-StartIncident", "SECURITY", "StartIncident", CheckStatus.SKIP,
        "the security profile is opt-in"));
    Cause missing = new Cause("missing:PutResourcePolicy", CauseKind.OPERATION_MISSING,
        "PutResourcePolicy is not implemented by the target: a valid call answered 404 UnknownOperationException",
        MISSING);
    all.add(withCause(result(MISSING, "PROTOCOL", "PutResourcePolicy", CheckStatus.FAIL,
        "PutResourcePolicy: success code: expected 200; the target answered 404 UnknownOperationException"), missing));
    BLOCKED.forEach(id -> all.add(withCause(result(id, id.startsWith("VAL") ? "VALIDATION" : id.startsWith("SDK")
        ? "SDK" : "STATE", "PutResourcePolicy", CheckStatus.BLOCKED, "BLOCKED by " + missing.summary()), missing)));
    all.add(new CheckResult("REV-2022-05-12-SsmContactsArn", Category.REVISION, List.of("CreateResponsePlan"),
        List.of("SsmContactsArn"), Level.MUST, "2022-05-12", "2023-11-16", CheckStatus.PASS, 12, "", null, List.of(),
        -1, "1", 2, "", List.of()));
    return all;
  }

  static CheckResult withCause(CheckResult r, Cause cause) {
    return new CheckResult(r.id(), r.category(), r.operations(), r.rules(), r.level(), r.since(), r.revision(),
        r.status(), r.durationMillis(), r.message(), cause, r.exchanges(), r.failing(), r.seed(), r.requests(),
        r.replay(), r.notes());
  }

  /** A failure whose sequence is three calls: the second answer's ARN goes into the third call, which failed. */
  static CheckResult sequence() {
    String arn = "arn:aws:ssm-incidents:eu-west-1:111122223333:incident-record/plan/9f8e7d6c";
    List<ExchangeRecord> calls = List.of(
        call(ExchangeRecord.Role.FIXTURE, "CreateResponsePlan", "POST", "/createResponsePlan",
            "{\"name\":\"plan-1\",\"incidentTemplate\":{\"title\":\"it's down\",\"impact\":3}}", 201,
            "{\"arn\":\"arn:aws:ssm-incidents::111122223333:response-plan/plan-1\"}"),
        call(ExchangeRecord.Role.CHECK, "StartIncident", "POST", "/startIncident",
            "{\"responsePlanArn\":\"arn:aws:ssm-incidents::111122223333:response-plan/plan-1\"}", 200,
            "{\"incidentRecordArn\":\"" + arn + "\"}"),
        call(ExchangeRecord.Role.CHECK, "GetIncidentRecord", "GET", "/getIncidentRecord?arn="
            + java.net.URLEncoder.encode(arn, java.nio.charset.StandardCharsets.UTF_8), "", 500,
            "{\"message\":\"boom\"}"),
        call(ExchangeRecord.Role.CHECK, "DeleteIncidentRecord", "POST", "/deleteIncidentRecord",
            "{\"arn\":\"" + arn + "\"}", 204, ""));
    return new CheckResult("STATE-READ-GetIncidentRecord", Category.STATE, List.of("StartIncident",
        "GetIncidentRecord"), List.of("GetIncidentRecord"), Level.MUST, "2021-05-11", "2023-11-16", CheckStatus.FAIL,
        20, "GetIncidentRecord: read after write: expected 200; the target answered 500", null, calls, 2, "7", 4,
        "./imkit run --endpoint http://127.0.0.1:4566 --only STATE-READ-GetIncidentRecord --seed 7", List.of());
  }

  private static ExchangeRecord call(ExchangeRecord.Role role, String op, String method, String path, String body,
      int status, String answer) {
    Map<String, List<String>> headers = body.isEmpty() ? Map.of("Authorization", List.of("<redacted>"))
        : Map.of("Content-Type", List.of("application/json"), "Authorization", List.of("<redacted>"));
    return new ExchangeRecord(role, op, method, "http://127.0.0.1:4566" + path, headers, body, status,
        Map.of("Content-Type", List.of("application/json")), answer, 3);
  }

  static CheckResult result(String id, String category, String op, CheckStatus status, String message) {
    List<ExchangeRecord> exchanges = status == CheckStatus.PASS ? List.of() : List.of(exchange(op));
    return new CheckResult(id, Category.valueOf(category), List.of(op), List.of(op + "Input.title",
        op + "Input.impact"), status == CheckStatus.ADVISORY ? Level.SHOULD : Level.MUST, "2021-05-10", "2023-11-16",
        status, 37, message, null, exchanges, exchanges.isEmpty() ? -1 : 0, "20261130", 2, "", List.of());
  }

  /** A call with a hostile title and a signed request, as the suites record one. */
  static ExchangeRecord exchange(String op) {
    return new ExchangeRecord(ExchangeRecord.Role.CHECK, op, "POST", "http://127.0.0.1:4566/" + lower(op),
        Map.of("Content-Type", List.of("application/json"), "Authorization", List.of("<redacted>")),
        "{\"title\":\"" + HOSTILE.replace("\"", "\\\"") + "\",\"impact\":3}", 200,
        Map.of("Content-Type", List.of("application/json")),
        "{\"incidentRecordArn\":\"arn:aws:ssm-incidents::111122223333:incident-record/plan/1a2b\"}", 4);
  }

  static Coverage coverage() {
    Map<Category, Coverage.Part> parts = new LinkedHashMap<>();
    parts.put(Category.PROTOCOL, new Coverage.Part(31, 31));
    parts.put(Category.SCHEMA, new Coverage.Part(120, 160));
    parts.put(Category.VALIDATION, new Coverage.Part(410, 520));
    parts.put(Category.STATE, new Coverage.Part(40, 90));
    return new Coverage(601, 801, parts, List.of("UpdateTimelineEventInput.eventReferences", HOSTILE));
  }

  private static String lower(String op) {
    return Character.toLowerCase(op.charAt(0)) + op.substring(1);
  }
}
