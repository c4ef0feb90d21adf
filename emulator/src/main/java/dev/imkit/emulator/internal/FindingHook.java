package dev.imkit.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Finding;
import dev.imkit.emulator.internal.engine.Services;
import dev.imkit.emulator.internal.store.Ids;
import dev.imkit.emulator.internal.store.Incident;
import dev.imkit.emulator.internal.store.Partition;
import dev.imkit.emulator.internal.store.StoredFinding;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.emulator.internal.wire.Time;
import java.time.Instant;

/** Adds findings to incidents from the embedding API: the only source of findings the emulator has. */
final class FindingHook {
  private FindingHook() {
  }

  static String add(Services services, String incidentArn, Finding finding) {
    String[] parts = incidentArn == null ? new String[0] : incidentArn.split(":", 6);
    if (parts.length < 6 || !parts[5].startsWith("incident-record/")) {
      throw new IllegalArgumentException("'" + incidentArn + "' is not an incident record ARN");
    }
    Partition partition = services.store().partition(parts[4], parts[3]);
    synchronized (partition.lock()) {
      Incident incident = partition.incidents().find(incidentArn);
      if (incident == null) {
        throw new IllegalArgumentException("no incident record " + incidentArn);
      }
      String id = finding.id() != null ? finding.id() : Ids.uuid();
      long now = services.clock().getAsLong();
      incident.putFinding(new StoredFinding(id, now, now, details(finding)));
      return id;
    }
  }

  private static ObjectNode details(Finding f) {
    ObjectNode details = Json.object();
    ObjectNode d;
    if (f.source() == Finding.Source.CODEDEPLOY_DEPLOYMENT) {
      d = details.putObject("codeDeployDeployment").put("deploymentGroupArn", f.resourceArn())
          .put("deploymentId", f.deploymentId());
    } else {
      d = details.putObject("cloudFormationStackUpdate").put("stackArn", f.resourceArn());
    }
    d.set("startTime", Time.node(millis(f.startTime())));
    if (f.endTime() != null) {
      d.set("endTime", Time.node(millis(f.endTime())));
    }
    return details;
  }

  private static long millis(Instant t) {
    return t.toEpochMilli();
  }
}
