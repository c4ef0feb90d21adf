package dev.imkit.suites.internal.checks.idempotency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.internal.checks.state.Steps;
import dev.imkit.suites.internal.run.CheckContext;

/** Puts the run's replication set back as it was, whatever a check did to it. */
final class Restore {
  private Restore() {
  }

  static void after(CheckContext c, Subject s, ObjectNode first, ObjectNode... others) {
    if (s.operation().equals("UpdateDeletionProtection")) {
      c.target().call("UpdateDeletionProtection", Steps.object().put("arn", first.get("arn").asText())
          .put("deletionProtected", false));
    } else if (s.operation().equals("UpdateReplicationSet")) {
      ReplicationSet.cleanUp(c, first);
      ReplicationSet.cleanUp(c, others);
    }
  }
}
