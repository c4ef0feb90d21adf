package dev.imkit.suites.internal.checks.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.state.Steps;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import org.opentest4j.TestAbortedException;

/** Replication set calls for the idempotency checks: only on a set this run created. */
final class ReplicationSet {
  private ReplicationSet() {
  }

  static String owned(CheckContext c) {
    if (!c.fixtures().ownsReplicationSet()) {
      throw new TestAbortedException("the account's replication set was not created by this run: "
          + "a run never changes what it did not create");
    }
    return c.fixtures().replicationSetArn();
  }

  static ObjectNode addRegion(CheckContext c) {
    String home = c.target().settings().region();
    return action(owned(c), "addRegionAction", "us-west-2".equals(home) ? "eu-west-1" : "us-west-2");
  }

  static ObjectNode addOtherRegion(ObjectNode in) {
    String first = region(in);
    return action(in.get("arn").asText(), "addRegionAction", "ap-southeast-2".equals(first) ? "eu-west-2"
        : "ap-southeast-2");
  }

  static ObjectNode deleteRegion(ObjectNode in) {
    return action(in.get("arn").asText(), "deleteRegionAction", region(in));
  }

  /** After the replay, the deleted region is gone (or on its way out: DELETING). */
  static void regionGone(CheckContext c, ObjectNode undo, String rule) {
    Exchange got = Steps.must(c, "GetReplicationSet", Steps.object().put("arn", undo.get("arn").asText()), rule);
    JsonNode region = Steps.body(got).at("/replicationSet/regionMap").path(region(undo));
    if (!region.isMissingNode() && !"DELETING".equals(region.path("status").asText())) {
      throw CheckFailure.of(got, rule, "the region " + region(undo) + " deleted after the first call to stay "
          + "deleted when the first call is replayed with its clientToken");
    }
  }

  /** Removes the regions the calls may have added. */
  static void cleanUp(CheckContext c, ObjectNode... calls) {
    for (ObjectNode call : calls) {
      c.target().call("UpdateReplicationSet", deleteRegion(call));
    }
  }

  private static String region(ObjectNode in) {
    JsonNode action = in.path("actions").path(0);
    JsonNode kind = action.has("addRegionAction") ? action.get("addRegionAction") : action.path("deleteRegionAction");
    return kind.path("regionName").asText();
  }

  private static ObjectNode action(String arn, String kind, String region) {
    ObjectNode in = Steps.object().put("arn", arn);
    in.putArray("actions").addObject().putObject(kind).put("regionName", region);
    return in;
  }
}
