package dev.imkit.emulator.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.engine.Call;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.store.Incident;
import dev.imkit.emulator.internal.store.StoredFinding;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.emulator.internal.wire.Time;

/** ListIncidentFindings and BatchGetIncidentFindings; findings come from the embedding API. */
final class Findings {
  private Findings() {
  }

  static JsonNode list(Call call) {
    Incident incident = Incidents.find(call, call.text("incidentRecordArn"));
    Pager.Page<StoredFinding> page = call.services().pager().page(call.op(), call.input(), incident.findings(),
        Pager.KeyCodec.TEXT, f -> true);
    ObjectNode out = Json.object();
    var findings = out.putArray("findings");
    page.items().forEach(f -> findings.addObject().put("id", f.id())
        .set("lastModifiedTime", Time.node(f.lastModifiedTime())));
    Views.putIfPresent(out, "nextToken", page.nextToken());
    return out;
  }

  static JsonNode batchGet(Call call) {
    Incident incident = Incidents.find(call, call.text("incidentRecordArn"));
    ObjectNode out = Json.object();
    var findings = out.putArray("findings");
    var errors = out.putArray("errors");
    for (JsonNode id : call.input().path("findingIds")) {
      StoredFinding f = incident.findings().get(id.asText());
      if (f == null) {
        errors.addObject().put("findingId", id.asText()).put("code", "ResourceNotFoundException")
            .put("message", "Finding " + id.asText() + " does not exist for this incident");
        continue;
      }
      ObjectNode finding = findings.addObject().put("id", f.id());
      finding.set("creationTime", Time.node(f.creationTime()));
      finding.set("lastModifiedTime", Time.node(f.lastModifiedTime()));
      finding.set("details", f.details());
    }
    return out;
  }
}
