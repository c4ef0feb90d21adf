package dev.imkit.reports;

import dev.imkit.reports.api.Category;
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

/** A realistic run: mostly passes, two new failures, a known one, an advisory, skips, and hostile text. */
final class Samples {
  static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";

  private Samples() {
  }

  static RunInfo run() {
    return new RunInfo("http://127.0.0.1:4566", "2023-11-16", true, "full", "20261130", "0.1.0-SNAPSHOT",
        Instant.parse("2026-11-30T18:40:00Z"), 12_500, 1_840,
        "./imkit run --endpoint http://127.0.0.1:4566 --profile full --seed 20261130", true);
  }

  /** The same run, killed before it finished. */
  static RunInfo killedRun() {
    RunInfo r = run();
    return new RunInfo(r.target(), r.revision(), r.revisionDetected(), r.profile(), r.seed(), r.kitVersion(),
        r.start(), 0, 1_840, r.commandLine(), false);
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
    all.add(new CheckResult("REV-2022-05-12-SsmContactsArn", Category.REVISION, List.of("CreateResponsePlan"),
        List.of("SsmContactsArn"), Level.MUST, "2022-05-12", "2023-11-16", CheckStatus.PASS, 12, "", null, List.of(),
        -1, "1", 2, "", List.of()));
    return all;
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
    Map<String, Coverage.Part> parts = new LinkedHashMap<>();
    parts.put("PROTOCOL", new Coverage.Part(31, 31));
    parts.put("SCHEMA", new Coverage.Part(120, 160));
    parts.put("VALIDATION", new Coverage.Part(410, 520));
    parts.put("STATE", new Coverage.Part(40, 90));
    return new Coverage(601, 801, parts, List.of("UpdateTimelineEventInput.eventReferences", HOSTILE));
  }

  private static String lower(String op) {
    return Character.toLowerCase(op.charAt(0)) + op.substring(1);
  }
}
