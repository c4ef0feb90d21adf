package dev.imkit.suites.internal.checks.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code REV-ERROR-UpdateReplicationSet-<Error>}: for each error a revision added to UpdateReplicationSet (the
 * ConflictException of 2022-05-12, for a change while another is in flight), every error the operation answers
 * is one it models at the target's revision: on a missing replication set and, when the run owns the set, on a
 * region added and at once removed again (the removal may meet the addition in flight).
 */
final class AddedErrorChecks {
  private static final String OPERATION = "UpdateReplicationSet";
  private static final List<String> SPARE_REGIONS = List.of("us-west-2", "eu-west-1", "ap-southeast-2", "us-east-2");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int ATTEMPTS = 5;

  private AddedErrorChecks() {
  }

  static List<Check> all() {
    List<Check> checks = new ArrayList<>();
    for (Changes.Dated d : Changes.of(ChangeKind.ADD_ERROR)) {
      if (d.change().operation().equals(OPERATION)) {
        String error = d.change().subject();
        CheckInfo info = new CheckInfo("REV-ERROR-" + OPERATION + "-" + error, Category.REVISION,
            List.of(OPERATION, "GetReplicationSet"), List.of(OPERATION + "#errors"), Level.MUST, d.revision().name(),
            true, OPERATION + " answers only errors it models (" + error + " since " + d.revision().name() + ")");
        checks.add(new Check(info, context -> {
          Changes.requireConfirmed(context, d.revision());
          run(context);
        }));
      }
    }
    return checks;
  }

  private static void run(CheckContext context) {
    String arn = context.fixtures().replicationSetArn();
    String missing = arn.substring(0, arn.lastIndexOf('/') + 1) + UUID.randomUUID();
    modeled(context, context.target().call(OPERATION, update(missing, "addRegionAction", SPARE_REGIONS.get(0))));
    if (!context.fixtures().ownsReplicationSet()) {
      return;
    }
    Exchange got = context.target().call("GetReplicationSet", JSON.objectNode().put("arn", arn));
    JsonNode regions = got.jsonOrNull() == null ? JSON.objectNode()
        : got.jsonOrNull().path("replicationSet").path("regionMap");
    Set<String> present = new HashSet<>();
    regions.fieldNames().forEachRemaining(present::add);
    String spare = SPARE_REGIONS.stream().filter(r -> !present.contains(r)).findFirst().orElse(null);
    if (spare == null || present.size() >= 3) {
      return;
    }
    Exchange added = modeled(context, context.target().call(OPERATION, update(arn, "addRegionAction", spare)));
    if (added.succeeded()) {
      removeAgain(context, arn, spare);
    }
  }

  /** Removes the region added, retrying while the target reports the addition still in flight. */
  private static void removeAgain(CheckContext context, String arn, String region) {
    for (int i = 0; i < ATTEMPTS; i++) {
      Exchange removed = modeled(context, context.target().call(OPERATION, update(arn, "deleteRegionAction", region)));
      if (removed.succeeded() || !removed.errorType().orElse("").equals("ConflictException")) {
        return;
      }
      try {
        Thread.sleep(1000L << i);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static Exchange modeled(CheckContext context, Exchange answer) {
    Operation op = context.target().contract().operation(OPERATION);
    if (!answer.succeeded() && !answer.errorType().map(op::models).orElse(false)) {
      throw Causes.refusalFailure(op, answer, CheckFailure.of(answer, OPERATION + "#errors at "
          + context.target().revision().name(), "an error must be one the operation models: " + op.errors()));
    }
    return answer;
  }

  private static ObjectNode update(String arn, String action, String region) {
    ObjectNode input = JSON.objectNode().put("arn", arn);
    input.putArray("actions").addObject().putObject(action).put("regionName", region);
    return input;
  }
}
