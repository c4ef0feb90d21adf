package dev.imkit.suites.internal.run;

import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.util.regex.Pattern;

/**
 * Names the root cause when a valid call, one that other checks build on, did not give what they need: the
 * operation is missing, the valid input was refused, or the answer cannot be used. Checks that share the cause
 * share its key, so a report shows one cause and every check it blocks.
 */
public final class Causes {
  /** Error names that servers and frameworks use for an operation or route they do not have. */
  private static final Pattern UNKNOWN_OPERATION = Pattern.compile(
      "(?i).*(unknownoperation|unknown_operation|invalidaction|notimplemented|not_implemented|unsupportedoperation"
          + "|unrecognizedaction|routenotfound|nosuchoperation|invalidoperation|methodnotallowed).*");

  private Causes() {
  }

  /**
   * Why a valid call of {@code operation} ({@code what}: "fixture", "control input", ...) answered {@code answer}
   * and not the success others needed.
   */
  public static Cause of(Contract contract, Exchange answer, String operation, String what) {
    if (missing(contract, answer, operation)) {
      return missing(operation, answer);
    }
    if (answer.succeeded()) {
      return unusable(operation, operation + " answered a valid " + what + " with " + answer.answerLine()
          + ", which lacks what the contract says it returns");
    }
    if (throttled(answer)) {
      return throttled(operation, answer);
    }
    if (answer.status() >= 500) {
      return new Cause("error:" + operation + ":" + answer.status(), CauseKind.UNUSABLE_ANSWER, operation
          + " failed on a valid " + what + ": " + answer.answerLine(), "PROTO-SUCCESS-" + operation);
    }
    return new Cause("refused:" + operation, CauseKind.VALID_INPUT_REFUSED, operation + " refused a valid " + what
        + " " + shortly(answer.requestBody()) + ": " + answer.answerLine(), "PROTO-SUCCESS-" + operation);
  }

  /**
   * The cause "{@code operation} answered a valid input in a shape the contract does not have" ({@code summary} says
   * how), reported by {@code SCHEMA-OUTPUT-<operation>}: one cause for every check that reads such an answer.
   */
  public static Cause unusable(String operation, String summary) {
    return new Cause("unusable:" + operation, CauseKind.UNUSABLE_ANSWER, summary, "SCHEMA-OUTPUT-" + operation);
  }

  /**
   * Why {@code operation} answered its typical base input (the input of its {@code VAL-CONTROL-<Op>} check, which
   * fixtures send too) with {@code answer}: the same cause, reported by that check (a missing operation and throttling
   * keep their own reporters).
   */
  public static Cause ofBase(Contract contract, Exchange answer, String operation, String what) {
    Cause c = of(contract, answer, operation, "typical " + what);
    return c.kind() == CauseKind.OPERATION_MISSING || throttled(answer) ? c
        : new Cause(c.key(), c.kind(), c.summary(), "VAL-CONTROL-" + operation);
  }

  /**
   * A 400 under a name the operation does not model: the rule may well be enforced, but no client can tell the
   * refusal for a ValidationException. One root cause for every site so refused, not hundreds of validation causes.
   */
  public static Cause misnamed(Operation op, String error) {
    String name = error.isEmpty() ? "no error type" : error;
    return new Cause("error-name:400 " + name, CauseKind.RULE_BROKEN, "invalid input is refused with HTTP 400 "
        + name + " where the model names ValidationException: a client cannot tell the refusal for a validation "
        + "error", "PROTO-MODELED-ERRORS-" + op.name());
  }

  /**
   * A failure of a rule that wants a refusal with 400 ValidationException, under {@link #misnamed} when the answer is
   * a 400 under a name the operation does not model (or none): the refusal happened, its name is the deviation.
   */
  public static CheckFailure refusalFailure(Operation op, Exchange answer, CheckFailure failure) {
    String error = answer.errorType().orElse("");
    return answer.status() == 400 && !op.models(error) ? failure.withCause(misnamed(op, error)) : failure;
  }

  /**
   * Whether {@code answer} throttles the call (429 or ThrottlingException), after the run's retries: the call could
   * not be judged, which says nothing of the rule a check was after.
   */
  public static boolean throttled(Exchange answer) {
    return answer.status() == 429 || answer.errorType().map("ThrottlingException"::equals).orElse(false);
  }

  /** The cause "the target throttled a valid call of {@code operation}", reported by the throttling check. */
  public static Cause throttled(String operation, Exchange answer) {
    return throttled(operation, answer.answerLine());
  }

  /** The same, with the answer as a line of text ({@code 429 ThrottlingException ...}). */
  public static Cause throttled(String operation, String answerLine) {
    return new Cause("throttled:" + operation, CauseKind.UNUSABLE_ANSWER, operation + " was throttled, after the "
        + "run's retries, so the call could not be judged: " + answerLine + " (a run that sends less at once is "
        + "throttled less: --parallel 1, --rate-limit N, --retries N)", "PROTO-THROTTLE-LOW-RATE");
  }

  /**
   * {@code failure}, under {@code missing:<operation>} when {@code answer} shows the operation missing and the target
   * has served no call of it in this run: a missing operation's own checks fail under that one cause.
   */
  public static CheckFailure ifMissing(DefaultTarget target, String operation, Exchange answer,
      CheckFailure failure) {
    return missingInRun(target, operation, answer) ? failure.withCause(missing(operation, answer)) : failure;
  }

  /**
   * Whether {@code answer} says the operation does not exist ({@link #missing(Contract, Exchange, String)}) and the
   * target has served no call of it with success in this run: a 404 without an error name from an operation that
   * answered before is about a resource (a target that names no errors), not a missing route.
   */
  public static boolean missingInRun(DefaultTarget target, String operation, Exchange answer) {
    return operation != null && !target.errors().hasServed(operation)
        && missing(target.contract(), answer, operation);
  }

  /** The cause "the target does not implement {@code operation}", as {@code answer} showed. */
  public static Cause missing(String operation, Exchange answer) {
    return new Cause("missing:" + operation, CauseKind.OPERATION_MISSING, operation + " is not implemented by the "
        + "target: a valid call answered " + answer.answerLine(), "PROTO-SUCCESS-" + operation);
  }

  /**
   * Whether {@code answer} says the operation does not exist: 404, 405 or 501 with no error the service models
   * (a 404 ResourceNotFoundException is about a resource, not the route, even from an operation whose errors do
   * not list it: the target has the operation and refused the call), or an error named for an unknown operation.
   */
  public static boolean missing(Contract contract, Exchange answer, String operation) {
    return missing(contract, contract.findOperation(operation).orElse(null), answer);
  }

  /** {@link #missing(Contract, Exchange, String)} for an operation of the contract (null: one it does not have). */
  public static boolean missing(Contract contract, Operation op, Exchange answer) {
    String error = answer.errorType().orElse("");
    if (!error.isEmpty() && UNKNOWN_OPERATION.matcher(error).matches()) {
      return true;
    }
    int status = answer.status();
    if (status != 404 && status != 405 && status != 501) {
      return false;
    }
    return error.isEmpty() || op == null
        || contract.errors().stream().noneMatch(modeled -> modeled.name().equals(error));
  }

  /** The cause "the target did not answer {@code operation}". */
  /** The cause "{@code list} leaves out what it must list", as {@code how} says, reported by {@code reportedBy}. */
  public static Cause unlisted(String list, String how, String reportedBy) {
    return new Cause("unlisted:" + list, CauseKind.RULE_BROKEN, list + " leaves out " + how, reportedBy);
  }

  public static Cause noAnswer(String operation, String why) {
    return new Cause("no-answer:" + operation, CauseKind.NO_ANSWER, operation + ": the target did not answer ("
        + why + ")", "PROTO-SUCCESS-" + operation);
  }

  private static String shortly(String body) {
    String text = body == null ? "" : body.replaceAll("\\s+", " ");
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
