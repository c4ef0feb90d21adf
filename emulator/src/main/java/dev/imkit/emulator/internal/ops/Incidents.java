package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.store.Arns;
import dev.imkit.emulator.internal.store.Ids;
import dev.imkit.emulator.internal.store.Incident;
import dev.imkit.emulator.internal.store.IncidentRecord;
import dev.imkit.emulator.internal.store.Partition;
import dev.imkit.emulator.internal.store.ResponsePlan;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** StartIncident, GetIncidentRecord, UpdateIncidentRecord, DeleteIncidentRecord, ListIncidentRecords. */
final class Incidents {
  /** The source of incidents started by hand, as the service reports it. */
  static final String MANUAL_SOURCE = "aws.ssm-incidents.custom";

  private Incidents() {
  }

  static JsonNode start(Call call) {
    Partition p = call.partition();
    ResponsePlan plan = ResponsePlans.find(call, call.text("responsePlanArn"));
    JsonNode template = plan.document().path("incidentTemplate");
    String dedupe = template.path("dedupeString").asText("");
    String duplicate = dedupe.isEmpty() ? null : p.incidents().openWithDedupe(dedupe);
    if (duplicate != null) {
      return Json.object().put("incidentRecordArn", duplicate);
    }
    String arn = Arns.incidentRecord(p.region(), p.account().id(), plan.name(), Ids.uuid());
    long now = call.now();
    JsonNode trigger = call.member("triggerDetails");
    String title = call.text("title") == null ? template.path("title").asText("") : call.text("title");
    int impact = call.input().path("impact").canConvertToInt() ? call.input().get("impact").intValue()
        : template.path("impact").asInt(3);
    IncidentRecord record = new IncidentRecord(arn, p.nextSeq(), title, Json.text(template, "summary"), impact,
        IncidentRecord.OPEN, dedupe, now, now, null, call.caller().principal(),
        new IncidentRecord.Source(call.caller().principal(), trigger == null ? MANUAL_SOURCE
            : trigger.path("source").asText(MANUAL_SOURCE), Json.text(trigger, "triggerArn")),
        Json.member(plan.document(), "chatChannel"), Json.member(template, "notificationTargets"),
        automationExecutions(call, plan), Tags.of(template.get("incidentTags")));
    Incident incident = new Incident(record);
    for (JsonNode item : call.input().path("relatedItems")) {
      RelatedItems.add(incident, item);
    }
    p.incidents().add(incident);
    return Json.object().put("incidentRecordArn", arn);
  }

  static JsonNode get(Call call) {
    return Json.object().set("incidentRecord", Views.incidentRecord(find(call).record()));
  }

  static JsonNode update(Call call) {
    Incident incident = find(call);
    IncidentRecord r = call.partition().incidents().updateBase(incident);
    long now = call.now();
    String status = call.text("status") != null ? call.text("status") : r.status();
    Long resolved = r.resolvedTime();
    if (!status.equals(r.status())) {
      resolved = IncidentRecord.RESOLVED.equals(status) ? Long.valueOf(now) : null;
    }
    JsonNode impact = call.member("impact");
    IncidentRecord updated = new IncidentRecord(r.arn(), r.seq(), or(call.text("title"), r.title()),
        or(call.text("summary"), r.summary()), impact != null && impact.canConvertToInt() ? impact.intValue()
        : r.impact(), status, r.dedupeString(), r.creationTime(), now, resolved, call.caller().principal(),
        r.source(), or(call.member("chatChannel"), r.chatChannel()),
        or(call.member("notificationTargets"), r.notificationTargets()), r.automationExecutions(), r.tags());
    call.partition().incidents().update(incident, updated);
    return Json.object();
  }

  static JsonNode delete(Call call) {
    Incident incident = call.partition().incidents().find(call.text("arn"));
    if (incident != null) {
      call.partition().incidents().delete(incident);
    }
    return Json.object();
  }

  static JsonNode list(Call call) {
    Partition p = call.partition();
    Predicate<Incident> filter = IncidentFilters.of(call.input().path("filters"));
    Pager.Page<Incident> page = call.services().pager().page(call.op(), call.input(), p.incidents().newestFirst(),
        Pager.KeyCodec.NUMBER, filter.and(p.incidents()::listed));
    ObjectNode out = Json.object();
    var summaries = out.putArray("incidentRecordSummaries");
    page.items().forEach(i -> summaries.add(Views.incidentSummary(i.record())));
    Views.putIfPresent(out, "nextToken", page.nextToken());
    return out;
  }

  /** The incident named by the {@code arn} member, or a 404. */
  private static Incident find(Call call) {
    return find(call, call.text("arn"));
  }

  /** The incident with this ARN in the caller's partition, or a 404. */
  static Incident find(Call call, String arn) {
    Incident incident = call.partition().incidents().find(arn);
    if (incident == null) {
      throw Errors.notFound(Arns.INCIDENT_RECORD, String.valueOf(arn));
    }
    return incident;
  }

  private static List<String> automationExecutions(Call call, ResponsePlan plan) {
    List<String> arns = new ArrayList<>();
    for (JsonNode action : plan.document().path("actions")) {
      if (action.has("ssmAutomation")) {
        arns.add(Arns.automationExecution(call.partition().region(), call.partition().account().id(), Ids.uuid()));
      }
    }
    return List.copyOf(arns);
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
