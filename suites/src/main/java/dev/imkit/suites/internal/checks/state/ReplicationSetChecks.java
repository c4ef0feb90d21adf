package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * The replication set, only when this run created it: an account has one, and a run never changes what it did
 * not create. Its deletion is left to the run's clean-up, as other checks' resources live in it.
 */
final class ReplicationSetChecks {
  private static final String OLDEST = StateCheck.OLDEST;

  private ReplicationSetChecks() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-READBACK-CreateReplicationSet", List.of("CreateReplicationSet", "GetReplicationSet"),
            List.of("CreateReplicationSetInput.regions", "ReplicationSet.regionMap"), OLDEST,
            "GetReplicationSet shows the region the replication set was created with", ReplicationSetChecks::readBack),
        StateCheck.must("STATE-PROTECT-UpdateDeletionProtection", List.of("UpdateDeletionProtection",
            "GetReplicationSet"), List.of("UpdateDeletionProtectionInput.deletionProtected",
            "ReplicationSet.deletionProtected"), OLDEST,
            "GetReplicationSet shows deletion protection as UpdateDeletionProtection set it", ReplicationSetChecks::protect),
        StateCheck.must("STATE-UPDATE-UpdateReplicationSet", List.of("UpdateReplicationSet", "GetReplicationSet"),
            List.of("UpdateReplicationSetAction.addRegionAction", "ReplicationSet.regionMap"), OLDEST,
            "a region added with UpdateReplicationSet appears in the region map (in any status)",
            ReplicationSetChecks::addRegion));
  }

  private static void readBack(CheckContext c) {
    String arn = owned(c);
    String region = c.target().settings().region();
    Exchange got = get(c, arn, "CreateReplicationSetInput.regions");
    if (!Steps.body(got).path("replicationSet").path("regionMap").has(region)) {
      throw CheckFailure.of(got, "CreateReplicationSetInput.regions", "the region " + region + " in the regionMap");
    }
  }

  private static void protect(CheckContext c) {
    String arn = owned(c);
    try {
      expectProtection(c, arn, true);
    } finally {
      // the run's clean-up deletes the set: leave it unprotected whatever happened
      c.target().call("UpdateDeletionProtection", Steps.object().put("arn", arn).put("deletionProtected", false));
    }
    expectProtection(c, arn, false);
  }

  private static void addRegion(CheckContext c) {
    String arn = owned(c);
    String region = "us-west-2".equals(c.target().settings().region()) ? "eu-west-1" : "us-west-2";
    String rule = "UpdateReplicationSetAction.addRegionAction";
    Steps.must(c, "UpdateReplicationSet", action(arn, "addRegionAction", region), rule);
    try {
      Exchange got = get(c, arn, rule);
      if (!Steps.body(got).path("replicationSet").path("regionMap").has(region)) {
        throw CheckFailure.of(got, rule, "the region " + region + " added just before in the regionMap");
      }
    } finally {
      c.target().call("UpdateReplicationSet", action(arn, "deleteRegionAction", region));
    }
  }

  private static void expectProtection(CheckContext c, String arn, boolean on) {
    String rule = "UpdateDeletionProtectionInput.deletionProtected";
    Steps.must(c, "UpdateDeletionProtection", Steps.object().put("arn", arn).put("deletionProtected", on), rule);
    Exchange got = get(c, arn, rule);
    JsonNode value = Steps.body(got).path("replicationSet").path("deletionProtected");
    if (!value.isBoolean() || value.booleanValue() != on) {
      throw CheckFailure.of(got, rule, "deletionProtected " + on + " after setting it");
    }
  }

  private static ObjectNode action(String arn, String kind, String region) {
    ObjectNode in = Steps.object().put("arn", arn);
    in.putArray("actions").addObject().putObject(kind).put("regionName", region);
    return in;
  }

  private static Exchange get(CheckContext c, String arn, String rule) {
    return Steps.must(c, "GetReplicationSet", Steps.object().put("arn", arn), rule);
  }

  /** The replication set's ARN when this run created it; otherwise the check is skipped. */
  private static String owned(CheckContext c) {
    if (!c.fixtures().ownsReplicationSet()) {
      throw new TestAbortedException("the account's replication set was not created by this run: "
          + "a run never changes what it did not create");
    }
    return c.fixtures().replicationSetArn();
  }
}
