package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.store.Arns;
import dev.imkit.emulator.internal.store.Ids;
import dev.imkit.emulator.internal.store.ResourcePolicy;
import dev.imkit.emulator.internal.store.ResponsePlan;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;

/** PutResourcePolicy, GetResourcePolicies, DeleteResourcePolicy, on response plans. */
final class Policies {
  private Policies() {
  }

  static JsonNode put(Call call) {
    ResponsePlan plan = ResponsePlans.find(call, call.text("resourceArn"));
    String id = Ids.uuid();
    call.partition().plans().putPolicy(plan.arn(), new ResourcePolicy(id, String.valueOf(call.text("policy")),
        call.partition().region()));
    return Json.object().put("policyId", id);
  }

  static JsonNode get(Call call) {
    ResponsePlan plan = ResponsePlans.find(call, call.text("resourceArn"));
    Pager.Page<ResourcePolicy> page = call.services().pager().page(call.op(), call.input(),
        call.partition().plans().policies(plan.arn()), Pager.KeyCodec.TEXT, p -> true);
    ObjectNode out = Json.object();
    var policies = out.putArray("resourcePolicies");
    for (ResourcePolicy p : page.items()) {
      policies.addObject().put("policyId", p.policyId()).put("policyDocument", p.document())
          .put("ramResourceShareRegion", p.region());
    }
    Views.putIfPresent(out, "nextToken", page.nextToken());
    return out;
  }

  static JsonNode delete(Call call) {
    ResponsePlan plan = ResponsePlans.find(call, call.text("resourceArn"));
    String id = call.text("policyId");
    if (!call.partition().plans().policies(plan.arn()).containsKey(String.valueOf(id))) {
      throw Errors.notFound(Arns.RESOURCE_POLICY, String.valueOf(id));
    }
    call.partition().plans().deletePolicy(plan.arn(), id);
    return Json.object();
  }
}
