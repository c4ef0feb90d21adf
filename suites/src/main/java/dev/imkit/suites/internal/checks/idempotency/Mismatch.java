package dev.imkit.suites.internal.checks.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.state.Steps;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.UUID;

/**
 * {@code IDEM-MISMATCH-<Op>}: the same clientToken with a different input is refused. The documentation does
 * not say with which error, so any 4xx passes (SHOULD); the message names ConflictException where the operation
 * models it.
 */
final class Mismatch {
  private Mismatch() {
  }

  static void run(CheckContext c, Subject s, Operation op, String tokenMember) {
    String rule = s.operation() + "Input." + tokenMember + ": the same token with another input is refused";
    String token = UUID.randomUUID().toString();
    ObjectNode first = s.input().apply(c).put(tokenMember, token);
    ObjectNode other = s.variant().apply(first).put(tokenMember, token);
    try {
      created(c, s, Steps.must(c, s.operation(), first, rule));
      Exchange answer = c.target().call(s.operation(), other);
      if (answer.status() < 400 || answer.status() >= 500) {
        created(c, s, answer);
        String expected = op.models("ConflictException") ? "409 ConflictException (modeled)" : "a 4xx error";
        throw CheckFailure.of(answer, rule, expected + " for the token " + token + " sent again with another input");
      }
    } finally {
      Restore.after(c, s, first, other);
    }
  }

  private static void created(CheckContext c, Subject s, Exchange answer) {
    JsonNode id = Steps.body(answer).path(s.created().orElse(""));
    if (answer.succeeded() && id.isTextual()) {
      s.cleanUp().ifPresent(op -> c.fixtures().forget(op[0], op[1], id.textValue()));
    }
  }
}
