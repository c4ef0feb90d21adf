package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.session.Fixtures;
import dev.imkit.suites.internal.session.Recorder;
import dev.imkit.suites.internal.session.ReplicationSetRules;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * The valid calls whose success codes PROTO-SUCCESS judges for the account's only replication set, on a set the
 * run created (a run never changes what it did not create): the run's own creation, an update that adds a spare
 * region (taken back after), and a deletion, after which the run makes a new set and new resources in it, since a
 * target may remove everything the set held.
 */
final class ReplicationSetSuccess {
  private static final Set<String> OPERATIONS = Set.of("CreateReplicationSet", "UpdateReplicationSet",
      "DeleteReplicationSet");

  private ReplicationSetSuccess() {
  }

  static boolean handles(String operation) {
    return OPERATIONS.contains(operation);
  }

  static Exchange call(CheckContext context, Operation op) {
    Fixtures f = context.fixtures();
    if (!f.ownsReplicationSet()) {
      throw ReplicationSetRules.notOwned(op.name());
    }
    return switch (op.name()) {
      case "CreateReplicationSet" -> creation(f);
      case "UpdateReplicationSet" -> update(context, f);
      default -> delete(context, f);
    };
  }

  /** The run's own creation of the set, the one valid CreateReplicationSet a run makes. */
  private static Exchange creation(Fixtures f) {
    Exchange created = f.replicationSetCreation().orElseThrow(() -> new TestAbortedException("the account's "
        + "replication set was made before this run: the run creates none"));
    Recorder.attach(created, ExchangeRecord.Role.CHECK);
    return created;
  }

  private static Exchange update(CheckContext context, Fixtures f) {
    ObjectNode in = f.baseInput("UpdateReplicationSet").put("arn", f.replicationSetArn());
    ReplicationSetRules.prepare("UpdateReplicationSet", in, context.target());
    return ReplicationSetRules.send("UpdateReplicationSet", in, context.target());
  }

  private static Exchange delete(CheckContext context, Fixtures f) {
    String arn = f.replicationSetArn();
    Recorder.as(ExchangeRecord.Role.FIXTURE, () -> context.target().call("UpdateDeletionProtection",
        JsonNodeFactory.instance.objectNode().put("arn", arn).put("deletionProtected", false)));
    Exchange deleted = context.target().call("DeleteReplicationSet", JsonNodeFactory.instance.objectNode()
        .put("arn", arn));
    if (deleted.succeeded()) {
      f.replicationSetDeleted();
    }
    return deleted;
  }
}
