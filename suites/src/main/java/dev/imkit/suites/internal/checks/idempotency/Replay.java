package dev.imkit.suites.internal.checks.idempotency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.state.Steps;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.run.Texts;
import java.util.UUID;

/**
 * {@code IDEM-REPLAY-<Op>}: the same clientToken with the same input is answered as the first call was and does
 * the work once ("a token that ensures that a client calls the operation only once with the specified details").
 * A creating call must name the same resource again; a changing call replayed after its change was undone must
 * not do it again.
 */
final class Replay {
  private Replay() {
  }

  static void run(CheckContext c, Subject s, String tokenMember) {
    String rule = s.operation() + "Input." + tokenMember + ": a replay with the same token and input does the work once";
    ObjectNode first = s.input().apply(c).put(tokenMember, UUID.randomUUID().toString());
    try {
      Exchange answer = Steps.must(c, s.operation(), first, rule);
      if (s.created().isPresent()) {
        String member = s.created().get();
        String id = created(c, s, answer, member);
        Exchange replay = Steps.must(c, s.operation(), first, rule);
        String again = created(c, s, replay, member);
        if (!id.equals(again)) {
          throw CheckFailure.of(replay, rule, "the same " + member + " as the first call (" + id
              + "): the replay created a duplicate");
        }
      } else {
        ObjectNode undo = s.undo().apply(first).put(tokenMember, UUID.randomUUID().toString());
        Steps.must(c, s.operation(), undo, rule + " (a second change, with its own token)");
        undoShown(c, s, undo, rule);
        Steps.must(c, s.operation(), first, rule);
        s.undone().verify(c, undo, rule);
      }
    } finally {
      Restore.after(c, s, first);
    }
  }

  /**
   * The second change must show before the replay: if it does not, a replay that seems to redo the first change
   * proves nothing (the change was never undone), so the check is blocked by that, which the operation's STATE
   * checks judge.
   */
  private static void undoShown(CheckContext c, Subject s, ObjectNode undo, String rule) {
    try {
      s.undone().verify(c, undo, rule);
    } catch (CheckFailure f) {
      throw new Blocked(new Cause("undo-ignored:" + s.operation(), CauseKind.RULE_BROKEN, s.operation()
          + " answered a second change with success but does not show it when read back ("
          + Texts.cut(undo.toString(), 300) + "), so a replay of the first change cannot "
          + "be judged; the STATE checks of " + s.operation() + " judge what it does", ""));
    }
  }

  private static String created(CheckContext c, Subject s, Exchange answer, String member) {
    String id = Steps.text(Steps.body(answer), member, s.operation());
    s.cleanUp().ifPresent(op -> c.fixtures().forget(op[0], op[1], id));
    return id;
  }
}
