package dev.imkit.suites.internal.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.suites.api.Exchange;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * The account's one replication set, which controls cannot use as they use other resources. Its changes are
 * sent only when the run created it (a run never changes what it did not create). A CreateReplicationSet control,
 * sent while the set exists, is accepted as valid when refused with 409 ConflictException (the set exists); a
 * DeleteReplicationSet control names a set that does not exist, and is valid when answered 404
 * ResourceNotFoundException; an UpdateReplicationSet control adds a region the set lacks, which is removed again.
 */
public final class ReplicationSetRules {
  public static final Set<String> CHANGES = Set.of("UpdateReplicationSet", "DeleteReplicationSet",
      "UpdateDeletionProtection");
  private static final List<String> SPARE_REGIONS = List.of("us-west-2", "eu-west-1", "ap-southeast-2");
  private static final long SETTLE_NANOS = 15_000_000_000L;

  private ReplicationSetRules() {
  }

  /** A skip when the operation would change a replication set the run did not create. */
  public static void check(String operation, Fixtures fixtures) {
    if (CHANGES.contains(operation) && !fixtures.ownsReplicationSet()) {
      throw notOwned(operation);
    }
  }

  /** A skip for checks this run may not send (live safety), never a block. */
  public static org.opentest4j.TestAbortedException notOwned(String operation) {
    return new org.opentest4j.TestAbortedException(operation + " could change the account's replication set, "
        + "which this run did not create: a run never changes what it did not create");
  }

  /** Makes the control safe to send: a set that does not exist to delete, a region the set lacks to add. */
  public static void prepare(String operation, ObjectNode doc, DefaultTarget target) {
    if (operation.equals("DeleteReplicationSet")) {
      String account = target.account().isEmpty() ? "123456789012" : target.account();
      doc.put("arn", "arn:aws:ssm-incidents::" + account + ":replication-set/" + UUID.randomUUID());
    } else if (operation.equals("UpdateReplicationSet")) {
      String arn = doc.path("arn").asText();
      settle(target, arn);
      for (JsonNode action : doc.path("actions")) {
        if (action.has("addRegionAction")) {
          ((ObjectNode) action.get("addRegionAction")).put("regionName", spare(target));
        } else if (action.has("deleteRegionAction")) {
          String region = spare(target);
          ((ObjectNode) action.get("deleteRegionAction")).put("regionName", region);
          change(target, arn, "addRegionAction", region);
        }
      }
    }
  }

  /** Whether the answer shows the control valid. */
  public static boolean accepts(String operation, Exchange answer) {
    String error = answer.errorType().orElse("");
    return switch (operation) {
      case "CreateReplicationSet" -> answer.succeeded() || answer.status() == 409 && error.equals("ConflictException");
      case "DeleteReplicationSet" -> answer.succeeded() || answer.status() == 404
          && error.equals("ResourceNotFoundException");
      default -> answer.succeeded();
    };
  }

  /** Takes back what an accepted UpdateReplicationSet control added. */
  public static void restore(String operation, ObjectNode sent, DefaultTarget target) {
    if (!operation.equals("UpdateReplicationSet")) {
      return;
    }
    for (JsonNode action : sent.path("actions")) {
      String region = action.path("addRegionAction").path("regionName").asText("");
      if (!region.isEmpty()) {
        change(target, sent.path("arn").asText(), "deleteRegionAction", region);
      }
    }
  }

  /** Adds or deletes a region (a fixture call), waiting for the set to settle before and after. */
  private static void change(DefaultTarget target, String arn, String action, String region) {
    ObjectNode in = JsonNodeFactory.instance.objectNode().put("arn", arn);
    in.putArray("actions").addObject().putObject(action).put("regionName", region);
    settle(target, arn);
    Recorder.as(ExchangeRecord.Role.FIXTURE, () -> target.call("UpdateReplicationSet", in));
    settle(target, arn);
  }

  /** Waits (bounded) until the set is no longer UPDATING, as the documentation asks before another update. */
  private static void settle(DefaultTarget target, String arn) {
    long deadline = System.nanoTime() + SETTLE_NANOS;
    while (System.nanoTime() < deadline) {
      Exchange got = Recorder.as(ExchangeRecord.Role.FIXTURE, () -> target.call("GetReplicationSet",
          JsonNodeFactory.instance.objectNode().put("arn", arn)));
      JsonNode status = got.jsonOrNull() == null ? null : got.jsonOrNull().path("replicationSet").path("status");
      if (!got.succeeded() || status == null || !status.asText().equals("UPDATING")) {
        return;
      }
      LockSupport.parkNanos(200_000_000L);
    }
  }

  private static String spare(DefaultTarget target) {
    String own = target.settings().region();
    return SPARE_REGIONS.stream().filter(r -> !r.equals(own)).findFirst().orElseThrow();
  }
}
