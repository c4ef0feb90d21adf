package dev.imkit.suites.internal.checks.idempotency;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * The IDEMPOTENCY checks, two per operation with a client token ({@code Operation.idempotencyToken()}): a
 * replay does the work once (MUST: the token's documentation says so), another input with the same token is
 * refused (SHOULD: the documentation does not say how).
 */
public final class IdempotencyChecks {
  private IdempotencyChecks() {
  }

  public static List<Check> all(Contract contract) {
    List<Check> checks = new ArrayList<>();
    for (Operation op : contract.operations()) {
      op.idempotencyToken().ifPresent(token -> {
        checks.add(replay(op, token));
        checks.add(mismatch(op, token));
      });
    }
    return checks;
  }

  private static Check replay(Operation op, String token) {
    CheckInfo info = new CheckInfo("IDEM-REPLAY-" + op.name(), Category.IDEMPOTENCY, List.of(op.name()),
        List.of(op.input() + "." + token), Level.MUST, op.introducedIn(), true,
        "the same " + token + " with the same input is answered as the first call and does the work once");
    return new Check(info, c -> Replay.run(c, subject(op), token));
  }

  private static Check mismatch(Operation op, String token) {
    CheckInfo info = new CheckInfo("IDEM-MISMATCH-" + op.name(), Category.IDEMPOTENCY, List.of(op.name()),
        List.of(op.input() + "." + token), Level.SHOULD, op.introducedIn(), true,
        "the same " + token + " with another input is refused with an error");
    return new Check(info, c -> Mismatch.run(c, subject(op), op, token));
  }

  private static Subject subject(Operation op) {
    Optional<Subject> subject = Subjects.of(op.name());
    if (subject.isEmpty()) {
      throw new TestAbortedException(op.name() + " creates the account's only replication set, which the run "
          + "needs throughout; replaying its creation would mean deleting it under the other checks");
    }
    return subject.get();
  }
}
