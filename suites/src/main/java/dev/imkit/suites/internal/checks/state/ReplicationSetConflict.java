package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.ModeledError;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.Violation;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * {@code STATE-CONFLICT-UpdateReplicationSet}: an update of the replication set while an earlier one is still in
 * flight (the set UPDATING) is refused with the modeled ConflictException: its status, its name, a body valid
 * against its structure (the 2022-05-12 change: "Adding ConflictException to UpdateReplicationSet"). Only on a set
 * the run created, and left as found. A target that completes an update at once has no update in flight to
 * conflict with: the check then does not apply and says so.
 */
final class ReplicationSetConflict {
  static final String OPERATION = "UpdateReplicationSet";
  static final String ERROR = "ConflictException";
  private static final List<String> SPARE_REGIONS = List.of("us-west-2", "eu-west-1", "ap-southeast-2", "us-east-2");
  private static final long SETTLE_MILLIS = 60_000;

  private ReplicationSetConflict() {
  }

  static List<Check> all(Contract contract) {
    return List.of(StateCheck.must("STATE-CONFLICT-" + OPERATION, List.of(OPERATION, "GetReplicationSet"),
        List.of(OPERATION + "#errors", ERROR), since(), "an update of the replication set while another is in flight "
            + "(UPDATING) is refused with 409 " + ERROR + " and its modeled body", ReplicationSetConflict::run));
  }

  /** The first revision whose UpdateReplicationSet models ConflictException, from the revision history. */
  static String since() {
    for (Revision r : Revisions.all()) {
      if (Contract.at(r).findOperation(OPERATION).map(op -> op.models(ERROR)).orElse(false)) {
        return r.name();
      }
    }
    throw new IllegalStateException(OPERATION + " never models " + ERROR);
  }

  private static void run(CheckContext c) throws InterruptedException {
    if (!c.fixtures().ownsReplicationSet()) {
      throw new TestAbortedException("the account's replication set was not created by this run: "
          + "a run never changes what it did not create");
    }
    String arn = c.fixtures().replicationSetArn();
    JsonNode set = settled(c, arn);
    if (set.path("regionMap").size() >= 3) {
      throw new TestAbortedException("the replication set already holds 3 regions: no region can be added");
    }
    String spare = SPARE_REGIONS.stream().filter(r -> !set.path("regionMap").has(r)
        && !r.equals(c.target().settings().region())).findFirst().orElseThrow();
    Steps.must(c, OPERATION, update(arn, "addRegionAction", spare), OPERATION + " adds a region");
    try {
      JsonNode during = Steps.body(get(c, arn)).path("replicationSet");
      if (!"UPDATING".equals(during.path("status").asText())) {
        throw new TestAbortedException("the replication set's update completed at once (the set reads "
            + during.path("status").asText() + " right after it): no update was in flight to conflict with");
      }
      judge(c, c.target().callOnce(OPERATION, update(arn, "deleteRegionAction", spare)));
    } finally {
      restore(c, arn, spare);
    }
  }

  private static void judge(CheckContext c, Exchange answer) {
    ModeledError error = c.target().contract().error(ERROR);
    String rule = ERROR + " (@httpError " + error.httpStatus() + ")";
    Optional<String> name = answer.errorType();
    if (answer.succeeded() || name.filter(ERROR::equals).isEmpty() || answer.status() != error.httpStatus()) {
      throw CheckFailure.of(answer, rule, "expected HTTP " + error.httpStatus() + " " + ERROR + " for an update "
          + "sent while the set was UPDATING");
    }
    JsonNode body = answer.jsonOrNull();
    List<Violation> violations = body == null ? List.of() : c.target().contract().validator().error(ERROR, body)
        .violations();
    if (body == null || !body.isObject() || !violations.isEmpty()) {
      throw CheckFailure.of(answer, rule + " body", "expected a body valid against " + ERROR + (violations.isEmpty()
          ? "" : "; " + violations.get(0).message()));
    }
  }

  /** Waits until the set is no longer changing, then removes the region the check added. */
  private static void restore(CheckContext c, String arn, String spare) throws InterruptedException {
    JsonNode set = settled(c, arn);
    if (set.path("regionMap").has(spare)) {
      c.target().call(OPERATION, update(arn, "deleteRegionAction", spare));
      settled(c, arn);
    }
  }

  /**
   * The set once it no longer reads UPDATING or CREATING, polled for up to a minute (a real set's changes take a
   * while). Not "once it reads ACTIVE": a set whose status reads otherwise (an enum value in another case, which
   * SCHEMA-OUTPUT reports) would hold every run for minutes.
   */
  private static JsonNode settled(CheckContext c, String arn) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
    long pause = 50;
    while (true) {
      JsonNode set = Steps.body(get(c, arn)).path("replicationSet");
      String status = set.path("status").asText();
      if (!status.equals("UPDATING") && !status.equals("CREATING") || System.nanoTime() > deadline) {
        return set;
      }
      Thread.sleep(pause);
      pause = Math.min(1000, pause * 2);
    }
  }

  private static Exchange get(CheckContext c, String arn) {
    return Steps.must(c, "GetReplicationSet", Steps.object().put("arn", arn), "GetReplicationSet reads the set");
  }

  private static ObjectNode update(String arn, String action, String region) {
    ObjectNode in = Steps.object().put("arn", arn);
    in.putArray("actions").addObject().putObject(action).put("regionName", region);
    return in;
  }
}
