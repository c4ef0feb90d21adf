package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.store.Arns;
import dev.imkit.emulator.internal.store.Partition;
import dev.imkit.emulator.internal.store.ResponsePlan;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
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
    if (p.plans().find(arn) != null) {
      throw Errors.conflict("A response plan named " + name + " already exists", Arns.RESPONSE_PLAN, arn);
    }
    ObjectNode doc = Json.object().put("arn", arn).put("name", name);
    for (String member : PLAIN) {
      Views.setIfPresent(doc, member, call.member(member));
    }
    Views.setIfPresent(doc, "incidentTemplate", call.member("incidentTemplate"));
    p.plans().create(new ResponsePlan(arn, name, p.nextSeq(), doc, Tags.of(call.member("tags"))));
    return Json.object().put("arn", arn);
  }

  static JsonNode get(Call call) {
    return find(call, call.text("arn")).document();
  }

  static JsonNode update(Call call) {
    ResponsePlan plan = find(call, call.text("arn"));
    ObjectNode doc = call.partition().plans().updateBase(plan).deepCopy();
    for (String member : PLAIN) {
      Views.setIfPresent(doc, member, call.member(member));
    }
    JsonNode template = doc.get("incidentTemplate");
    ObjectNode newTemplate = template instanceof ObjectNode o ? o : doc.putObject("incidentTemplate");
    TEMPLATE.forEach((member, target) -> Views.setIfPresent(newTemplate, target, call.member(member)));
    if (newTemplate.path("incidentTags").isObject() && newTemplate.get("incidentTags").isEmpty()) {
      newTemplate.remove("incidentTags");
    }
    call.partition().plans().update(plan, doc);
    return Json.object();
  }

  static JsonNode delete(Call call) {
    ResponsePlan plan = call.partition().plans().find(call.text("arn"));
    if (plan != null) {
      call.partition().plans().delete(plan);
    }
    return Json.object();
  }

  static JsonNode list(Call call) {
    Partition p = call.partition();
    Pager.Page<ResponsePlan> page = call.services().pager().page(call.op(), call.input(), p.plans().byName(),
        Pager.KeyCodec.TEXT, p.plans()::listed);
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
    ResponsePlan plan = call.partition().plans().find(arn);
    if (plan == null) {
      throw Errors.notFound(Arns.RESPONSE_PLAN, String.valueOf(arn));
    }
    return plan;
  }
}
