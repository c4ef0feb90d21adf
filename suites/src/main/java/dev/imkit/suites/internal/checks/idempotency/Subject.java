package dev.imkit.suites.internal.checks.idempotency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.internal.run.CheckContext;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An operation with a client token, as the idempotency checks drive it: a fresh valid input (without token),
 * another input that differs in one member, and how to tell that a replay did the work a second time.
 *
 * @param operation the operation
 * @param input a fresh valid input, its prerequisites created
 * @param variant the same call with one member changed
 * @param created for creating operations, the output member naming what was created (a replay must name the same)
 * @param undo for changing operations, a call (with its own token) that undoes the first one's change
 * @param undone for changing operations, whether the target still shows the undo after the first call is replayed
 * @param cleanUp what to remove at the end when a call created something: op and member
 */
record Subject(String operation, Function<CheckContext, ObjectNode> input, UnaryOperator<ObjectNode> variant,
    Optional<String> created, UnaryOperator<ObjectNode> undo, Undone undone, Optional<String[]> cleanUp) {

  /** Throws a CheckFailure when the target does not show the undo any more. */
  @FunctionalInterface
  interface Undone {
    void verify(CheckContext c, ObjectNode undo, String rule);
  }

  static Subject creating(String operation, Function<CheckContext, ObjectNode> input, UnaryOperator<ObjectNode> variant,
      String created, String cleanUpOp, String cleanUpMember) {
    return new Subject(operation, input, variant, Optional.of(created), null, null,
        Optional.ofNullable(cleanUpOp).map(op -> new String[] {op, cleanUpMember}));
  }

  static Subject changing(String operation, Function<CheckContext, ObjectNode> input, UnaryOperator<ObjectNode> variant,
      UnaryOperator<ObjectNode> undo, Undone undone) {
    return new Subject(operation, input, variant, Optional.empty(), undo, undone, Optional.empty());
  }
}
