package dev.imkit.suites.internal.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.internal.session.Fixtures;
import java.util.Optional;
import java.util.Set;

/**
 * For each operation, an input that a conforming target answers with success: its typical base input (the one
 * its {@code VAL-CONTROL-<Op>} check sends) with fresh tokens and names, its references pointing at resources
 * made for it. Operations that change the account's replication set have one only when the run created that set:
 * a run never changes what it did not create.
 */
public final class HappyPath {
  private static final Set<String> REPLICATION_SET = Set.of("CreateReplicationSet", "DeleteReplicationSet",
      "UpdateReplicationSet");

  private HappyPath() {
  }

  /** The input, or empty when the operation cannot be called safely on this target. */
  public static Optional<ObjectNode> input(String operation, Fixtures f) {
    if (REPLICATION_SET.contains(operation)
        || operation.equals("UpdateDeletionProtection") && !f.ownsReplicationSet()) {
      return Optional.empty();
    }
    return Optional.of(f.bind(operation, f.baseInput(operation), Set.of()));
  }

  /** Why {@link #input} is empty for an operation. */
  public static String whyNot(String operation) {
    return switch (operation) {
      case "CreateReplicationSet", "DeleteReplicationSet", "UpdateReplicationSet" ->
          operation + " changes the account's only replication set, which a run changes only where a check needs "
              + "to (PROTO-SUCCESS judges its success code, STATE what it does)";
      default -> operation + " changes the account's replication set, which this run did not create";
    };
  }

  /** A resource policy document allowing another account to read response plans (the typical one). */
  public static String policy() {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
        + "{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"ssm-incidents:GetResponsePlan\","
        + "\"Resource\":\"*\"}]}";
  }
}
