package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import java.util.List;
import java.util.Optional;
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

  /**
   * Whether a call of {@code operation} may make, change or remove the account's one replication set: checks of
   * it run alone, since every resource lives in that set.
   */
  public static boolean changesTheSet(String operation) {
    return CHANGES.contains(operation) || dev.imkit.schemas.api.Resources.createdBy(operation)
        .filter(dev.imkit.schemas.api.Resource::singleton).isPresent();
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

  /** Whether the operation's controls name a set that does not exist (so only 404 shows them valid). */
  public static boolean namesNothing(String operation) {
    return operation.equals("DeleteReplicationSet");
  }

  /** Makes the control safe to send: a set that does not exist to delete, a region the set lacks to add. */
  public static void prepare(String operation, ObjectNode doc, DefaultTarget target) {
    if (operation.equals("DeleteReplicationSet")) {
      String account = target.account().isEmpty() ? "123456789012" : target.account();
      doc.put("arn", "arn:aws:ssm-incidents::" + account + ":replication-set/" + UUID.randomUUID());
    } else if (operation.equals("UpdateReplicationSet")) {
      for (JsonNode action : doc.path("actions")) {
        for (String kind : List.of("addRegionAction", "deleteRegionAction")) {
          if (action.path(kind).isObject()) {
            ((ObjectNode) action.get(kind)).put("regionName", spare(target));
          }
        }
      }
      establish(operation, doc, target);
    }
  }

  /**
   * Puts the set in the state the input expects, so an input answers the same each time it is sent: a region to
   * add is not in the set yet, a region to delete is (the spare region only; a broken one is left as it is).
   */
  public static void establish(String operation, ObjectNode doc, DefaultTarget target) {
    if (!operation.equals("UpdateReplicationSet")) {
      return;
    }
    String arn = doc.path("arn").asText();
    String spare = spare(target);
    settle(target, arn);
    for (JsonNode action : doc.path("actions")) {
      boolean add = spare.equals(action.path("addRegionAction").path("regionName").asText());
      boolean delete = spare.equals(action.path("deleteRegionAction").path("regionName").asText());
      boolean present = regions(target, arn).has(spare);
      if (add && present) {
        change(target, arn, "deleteRegionAction", spare);
      } else if (delete && !present) {
        change(target, arn, "addRegionAction", spare);
      }
    }
  }

  private static JsonNode regions(DefaultTarget target, String arn) {
    Exchange got = Recorder.as(ExchangeRecord.Role.FIXTURE, () -> target.call("GetReplicationSet",
        JsonNodeFactory.instance.objectNode().put("arn", arn)));
    JsonNode json = got.jsonOrNull();
    return json == null ? JsonNodeFactory.instance.objectNode() : json.path("replicationSet").path("regionMap");
  }

  private static final Object CHANGING = new Object();

  /**
   * Sends an input of {@code operation} in the state it expects and takes back what an accepted one added; the
   * replication set's changes go one at a time (examples are judged concurrently).
   */
  public static Exchange send(String operation, ObjectNode doc, DefaultTarget target) {
    if (!operation.equals("UpdateReplicationSet")) {
      return target.call(operation, doc);
    }
    synchronized (CHANGING) {
      establish(operation, doc, target);
      Exchange answer = target.call(operation, doc);
      if (answer.succeeded()) {
        restore(operation, doc, target);
      }
      return answer;
    }
  }

  /**
   * Whether the answer shows the control valid. The error that shows it may also come unnamed or misnamed (a name
   * the model does not have), as the modeled error's status with a body carrying that error's own members: the
   * name is PROTO-ERRORS-NAMED's and SDK-ERROR's finding, and an unknown route does not answer with a resource's
   * identifier.
   */
  public static boolean accepts(String operation, Exchange answer) {
    return switch (operation) {
      case "CreateReplicationSet" -> answer.succeeded() || is(answer, "ConflictException");
      case "DeleteReplicationSet" -> answer.succeeded() || is(answer, "ResourceNotFoundException");
      default -> answer.succeeded();
    };
  }

  /**
   * Why a CreateReplicationSet control refused with another error than 409 ConflictException proves nothing, when
   * the account has a set: the model does not say which error a second set gets (400 ValidationException, 402
   * ServiceQuotaExceededException and 409 ConflictException are all modeled), so the control cannot show the
   * operation's validation. Empty for any other operation or answer.
   */
  public static Optional<Cause> secondSet(String operation, Exchange answer, DefaultTarget target) {
    String error = answer.errorType().orElse("");
    if (!operation.equals("CreateReplicationSet") || !target.fixtures().hasReplicationSet() || answer.status() < 400
        || answer.status() >= 500 || !target.contract().operation(operation).models(error)) {
      return Optional.empty();
    }
    return Optional.of(new Cause("second-set:" + operation, CauseKind.UNUSABLE_ANSWER, operation + " answered "
        + answer.answerLine() + " to a valid input while the account has a replication set: the kit expects 409 "
        + "ConflictException, the model does not say which error a second set gets, so a broken input cannot be "
        + "judged", "VAL-CONTROL-" + operation));
  }

  private static boolean is(Exchange answer, String error) {
    var modeled = Contract.current().error(error);
    if (answer.status() != modeled.httpStatus()) {
      return false;
    }
    String named = answer.errorType().orElse("");
    if (Contract.current().errors().stream().anyMatch(e -> e.name().equals(named))) {
      return named.equals(error);
    }
    JsonNode body = answer.jsonOrNull();
    return body != null && Contract.current().shape(error).members().keySet().stream()
        .filter(m -> !m.equals("message")).anyMatch(body::has);
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

  /**
   * Whether the run's set, deleted with a success and yet still listed, goes: a target may delete it in the
   * background (DELETING, as AWS does), so this waits, bounded, while it says so. A set still there afterwards
   * (not DELETING, or never gone) is still the run's own.
   */
  static boolean goneAfterDelete(DefaultTarget target, String arn) {
    long deadline = System.nanoTime() + SETTLE_NANOS;
    while (true) {
      Exchange got = Recorder.as(ExchangeRecord.Role.FIXTURE, () -> target.call("GetReplicationSet",
          JsonNodeFactory.instance.objectNode().put("arn", arn)));
      if (got.status() == 404) {
        return true;
      }
      JsonNode status = got.jsonOrNull() == null ? null : got.jsonOrNull().path("replicationSet").path("status");
      if (!got.succeeded() || status == null || !status.asText().equals("DELETING")
          || System.nanoTime() > deadline) {
        return false;
      }
      LockSupport.parkNanos(200_000_000L);
    }
  }

  private static String spare(DefaultTarget target) {
    String own = target.settings().region();
    return SPARE_REGIONS.stream().filter(r -> !r.equals(own)).findFirst().orElseThrow();
  }
}
