package dev.imkit.suites.internal.checks.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Advisory;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.run.Texts;
import dev.imkit.suites.internal.session.Recorder;
import dev.imkit.suites.internal.session.ReplicationSetRules;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * {@code VAL-<KIND>-<Op>-<path>}: an accepted control with exactly the rule of one site broken, nothing else
 * changed (but the fresh tokens and names each call needs), is refused with 400 ValidationException, the error
 * every operation models for input that "fails to satisfy the constraints". So a 400 is caused by the break: the
 * same input without it was accepted in this run. A wrong JSON type may instead be refused while the body is read,
 * as AWS JSON services do: 400 SerializationException is accepted for those.
 */
final class RuleSiteCheck {
  static final String VALIDATION = "ValidationException";
  /** A site is tried with this share of imkit.tries: 631 sites at 10 tries each would be 6,000 requests. */
  static final int TRIES_DIVISOR = 10;

  private RuleSiteCheck() {
  }

  static Check check(Operation op, RuleSite site, String since) {
    String path = RuleSiteId.path(site.pointer());
    CheckInfo info = new CheckInfo(RuleSiteId.of(op.name(), site), Category.VALIDATION, List.of(op.name()),
        List.of(site.shape(), op.input() + "." + path), Level.MUST, since, !op.readonly(),
        op.name() + " refuses " + site + " with 400 " + VALIDATION);
    return new Check(info, context -> run(context, op, site));
  }

  private static void run(CheckContext context, Operation op, RuleSite site) {
    Controls controls = Controls.of(context.target());
    String place = controls.typical().controlPlace(op.name(), site);
    java.util.Optional<String> unreachable = controls.typical().unreachable(op.name(), place);
    if (unreachable.isPresent()) {
      throw new org.opentest4j.TestAbortedException("not applicable: " + unreachable.get());
    }
    Sent host = controls.hosting(op.name(), place);
    Recorder.attach(host.answer(), ExchangeRecord.Role.CONTROL);
    Random random = new Random(context.seed());
    int tries = Math.max(1, context.tries() / TRIES_DIVISOR);
    context.properties().forAll(controls.typical().invalidInput(op.name(), site, host.control()), tries,
        invalid -> judge(context, controls, op, invalid, host, random));
  }

  private static void judge(CheckContext context, Controls controls, Operation op, InvalidInput invalid, Sent host,
      Random random) {
    ObjectNode doc;
    synchronized (random) {
      doc = controls.typical().fresh(op.name(), invalid.document(), Set.of(invalid.label().site().pointer()), random);
    }
    Exchange answer = ReplicationSetRules.send(op.name(), doc, context.target());
    context.fixtures().forgetCreated(op.name(), doc, answer);
    boolean typeBreak = invalid.label().kind() == BreakKind.WRONG_TYPE;
    String error = answer.errorType().orElse("");
    if (answer.status() == 400 && (error.equals(VALIDATION) || typeBreak && error.equals("SerializationException"))) {
      return;
    }
    if (Causes.throttled(answer)) {
      // throttled after the run's retries: the answer says nothing of the break (blocked here, not shrunk as a
      // failure would be; CheckRunner blocks any other failure on a throttled answer)
      throw new Blocked(Causes.throttled(op.name(), answer));
    }
    if (answer.succeeded()) {
      laterRevisionAllowing(context, op, doc).ifPresent(later -> {
        throw new Advisory(op.name() + " accepted " + invalid.label() + ", which revision " + later.name()
            + " allows: the run holds the target to " + context.target().revision().name() + ", the revision it "
            + "detected, and the target follows a later one here (give --revision to hold it to one)");
      });
    }
    boolean conflict = !answer.succeeded() && ReplicationSetRules.accepts(op.name(), answer);
    if (op.name().equals("CreateReplicationSet") && conflict) {
      throw new Blocked(new Cause("state:CreateReplicationSet", CauseKind.UNUSABLE_ANSWER, "CreateReplicationSet "
          + "answers 409 ConflictException before it validates while the account has a replication set, so a "
          + "broken input cannot be judged (the model does not say which comes first)", ""));
    }
    CheckFailure failure = CheckFailure.of(answer, invalid.label().site().shape() + " "
        + invalid.label().rule().keyword() + " " + invalid.label().constraint(), "expected HTTP 400 " + VALIDATION
        + (typeBreak ? " (or SerializationException)" : "") + " for the accepted control ("
        + Controls.describe(host.control()) + ", answered " + host.answer().status() + ") with " + invalid.label()
        + ": " + shortly(doc));
    throw answer.status() == 400 && !op.models(error) ? failure.withCause(Causes.misnamed(op, error)) : failure;
  }

  /**
   * The first revision after the detected one whose contract allows {@code doc} (a limit raised since, say); none
   * when the revision was given, which holds the target to that revision's rules.
   */
  private static Optional<Revision> laterRevisionAllowing(CheckContext context, Operation op, ObjectNode doc) {
    Revision held = context.target().revision();
    if (!context.target().settings().revision().equals("auto")) {
      return Optional.empty();
    }
    return Revisions.all().stream().filter(r -> r.compareTo(held) > 0)
        .filter(r -> Contract.at(r).findOperation(op.name()).isPresent())
        .filter(r -> Contract.at(r).validator().input(op.name(), doc).valid()).findFirst();
  }

  private static String shortly(JsonNode document) {
    return Texts.cut(document.toString(), 400);
  }
}
