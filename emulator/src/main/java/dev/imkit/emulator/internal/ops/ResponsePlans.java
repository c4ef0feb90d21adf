package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.engine.Errors;
import dev.imkit.emulator.internal.engine.Json;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.store.Arns;
import dev.imkit.emulator.internal.store.Partition;
import dev.imkit.emulator.internal.store.ResponsePlan;
import java.util.List;
import java.util.Map;

/** CreateResponsePlan, GetResponsePlan, UpdateResponsePlan, DeleteResponsePlan, ListResponsePlans. */
final class ResponsePlans {
  /** Members stored as sent, on create and (when sent) on update. */
  private static final List<String> PLAIN = List.of("displayName", "chatChannel", "engagements", "actions",
      "integrations");
  /** UpdateResponsePlan's flattened template members and the template member each sets. */
  private static final Map<String, String> TEMPLATE = Map.of("incidentTemplateTitle", "title",
      "incidentTemplateImpact", "impact", "incidentTemplateSummary", "summary",
      "incidentTemplateDedupeString", "dedupeString", "incidentTemplateNotificationTargets", "notificationTargets",
      "incidentTemplateTags", "incidentTags");

  private ResponsePlans() {
  }

  static JsonNode create(Call call) {
    Partition p = call.partition();
    String name = String.valueOf(call.text("name"));
    String arn = Arns.responsePlan(p.account().id(), name);
    if (p.plans().containsKey(name)) {
      throw Errors.conflict("A response plan named " + name + " already exists", Arns.RESPONSE_PLAN, arn);
    }
    ObjectNode doc = Json.object().put("arn", arn).put("name", name);
    for (String member : PLAIN) {
      Views.setIfPresent(doc, member, call.member(member));
    }
    Views.setIfPresent(doc, "incidentTemplate", call.member("incidentTemplate"));
    if (call.fault(Fault.DROP_DYNAMIC_PARAMETERS)) {
      dropDynamicParameters(doc);
    }
    p.putPlan(new ResponsePlan(arn, name, p.nextSeq(), doc, Tags.of(call.member("tags"))), true);
    return Json.object().put("arn", arn);
  }

  static JsonNode get(Call call) {
    return find(call, call.text("arn")).document();
  }

  static JsonNode update(Call call) {
    ResponsePlan plan = find(call, call.text("arn"));
    ObjectNode doc = plan.document().deepCopy();
    for (String member : PLAIN) {
      Views.setIfPresent(doc, member, call.member(member));
    }
    JsonNode template = doc.get("incidentTemplate");
    ObjectNode newTemplate = template instanceof ObjectNode o ? o : doc.putObject("incidentTemplate");
    TEMPLATE.forEach((member, target) -> Views.setIfPresent(newTemplate, target, call.member(member)));
    if (newTemplate.path("incidentTags").isObject() && newTemplate.get("incidentTags").isEmpty()) {
      newTemplate.remove("incidentTags");
    }
    if (call.fault(Fault.DROP_DYNAMIC_PARAMETERS) || call.fault(Fault.UPDATE_DROPS_DYNAMIC_PARAMETERS)) {
      dropDynamicParameters(doc);
    }
    call.partition().putPlan(plan.withDocument(doc), false);
    return Json.object();
  }

  static JsonNode delete(Call call) {
    ResponsePlan plan = call.partition().plan(call.text("arn"));
    if (plan != null && !call.fault(Fault.DELETE_KEEPS)) {
      call.partition().removePlan(plan);
    }
    return Json.object();
  }

  static JsonNode list(Call call) {
    Partition p = call.partition();
    long newest = call.fault(Fault.LIST_MISSES_NEWEST) ? p.newestPlanSeq() : -1;
    Pager.Page<ResponsePlan> page = call.services().pager().page(call.op(), call.input(), p.plans(),
        Pager.KeyCodec.TEXT, plan -> plan.createdSeq() != newest);
    ObjectNode out = Json.object();
    var summaries = out.putArray("responsePlanSummaries");
    for (ResponsePlan plan : page.items()) {
      ObjectNode s = summaries.addObject().put("arn", plan.arn()).put("name", plan.name());
      Views.setIfPresent(s, "displayName", plan.document().get("displayName"));
    }
    Views.putIfPresent(out, "nextToken", page.nextToken());
    return out;
  }

  /** The plan with this ARN in the caller's partition, or a 404. */
  static ResponsePlan find(Call call, String arn) {
    ResponsePlan plan = call.partition().plan(arn);
    if (plan == null) {
      throw Errors.notFound(Arns.RESPONSE_PLAN, String.valueOf(arn));
    }
    return plan;
  }

  private static void dropDynamicParameters(ObjectNode doc) {
    for (JsonNode action : doc.path("actions")) {
      JsonNode automation = action.get("ssmAutomation");
      if (automation instanceof ObjectNode o) {
        o.remove("dynamicParameters");
      }
    }
  }
}
