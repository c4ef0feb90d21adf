package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.ModeledError;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.ErrorNames;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks over every error answer the run has seen before them (its error ledger: revision probes, fixtures and
 * every earlier check, throttled answers the retries hid included) and two of their own (a get of a missing plan
 * and of an ARN that is not one: read calls), so they judge something even when run alone. They run last in
 * their category: {@code PROTO-ERRORS-NAMED} (each error is named by the header, a body {@code code} or
 * {@code __type}, and never two names), {@code PROTO-ERRORS-TYPE-HEADER} (restJson1's SHOULD: the header) and
 * {@code PROTO-ERRORS-STATUS} (each error the model defines comes with the model's status).
 */
public final class SeenErrors {
  private SeenErrors() {
  }

  static List<Check> all() {
    return List.of(
        check("PROTO-ERRORS-NAMED", Level.MUST, List.of(ErrorEnvelope.RULE), "every error answer the run saw names "
            + "its error in X-Amzn-ErrorType, a body code or a body __type, and never two different errors",
            SeenErrors::named),
        check("PROTO-ERRORS-TYPE-HEADER", Level.SHOULD, List.of("restJson1#X-Amzn-ErrorType"), "every error answer "
            + "the run saw carries the X-Amzn-ErrorType header (restJson1 asks servers to send it; clients also "
            + "read the body)", SeenErrors::header),
        check("PROTO-ERRORS-STATUS", Level.MUST, List.of("@httpError"), "every error the model defines that the run "
            + "saw came with the model's status (400, 402, 403, 404, 409, 429, 500)", SeenErrors::status));
  }

  private static Check check(String id, Level level, List<String> rules, String description, Check.CheckBody body) {
    return new Check(new CheckInfo(id, Category.PROTOCOL, List.of("GetResponsePlan"), rules, level,
        Revisions.all().get(0).name(), false, description), body).judgingAnyAnswer();
  }

  /** Every error answer the run has seen so far, after provoking two, but those of operations it lacks. */
  public static List<Exchange> seen(CheckContext context) {
    context.target().call("GetResponsePlan", MissingResource.input("GetResponsePlan", context).orElseThrow());
    context.target().call("GetResponsePlan", JsonNodeFactory.instance.objectNode().put("arn", "not-an-arn"));
    // an operation's absence is not an error answer of the API (the checks of that operation report it)
    return context.target().errors().errors().stream()
        .filter(e -> !Causes.missingInRun(context.target(), e.operation(), e)).toList();
  }

  private static void named(CheckContext context) {
    List<Exchange> seen = seen(context);
    List<Exchange> bad = new ArrayList<>();
    for (Exchange e : seen) {
      ErrorNames names = e.errorNames();
      if (names.unnamed() || names.contradictory()) {
        bad.add(e);
      }
    }
    if (!bad.isEmpty()) {
      Exchange first = bad.get(0);
      throw provoked(context, first, CheckFailure.of(first, ErrorEnvelope.RULE, count(bad, seen)
          + " name no error or two (" + first.errorNames().describe() + " in the first); expected one name in the "
          + "header, a body code or __type"));
    }
  }

  private static void header(CheckContext context) {
    List<Exchange> seen = seen(context);
    List<Exchange> bad = seen.stream().filter(e -> !e.errorNames().inHeader()).toList();
    if (!bad.isEmpty()) {
      throw provoked(context, bad.get(0), CheckFailure.of(bad.get(0), "restJson1 X-Amzn-ErrorType (SHOULD)",
          count(bad, seen) + " lack the X-Amzn-ErrorType header (" + bad.get(0).errorNames().describe()
          + " in the first)"));
    }
  }

  private static void status(CheckContext context) {
    List<Exchange> seen = seen(context);
    List<Exchange> bad = new ArrayList<>();
    for (Exchange e : seen) {
      modeled(context, e).filter(m -> m.httpStatus() != e.status()).ifPresent(m -> bad.add(e));
    }
    if (!bad.isEmpty()) {
      Exchange first = bad.get(0);
      ModeledError error = modeled(context, first).orElseThrow();
      throw provoked(context, first, CheckFailure.of(first, error.name() + " (@httpError " + error.httpStatus()
          + ")", count(bad, seen) + " carry a modeled error with another status: the first is " + error.name()
          + " with HTTP " + first.status() + ", which the model gives HTTP " + error.httpStatus()));
    }
  }

  /** {@code failure}, replayed after the check whose call got {@code answer}, when a check's did. */
  public static CheckFailure provoked(CheckContext context, Exchange answer, CheckFailure failure) {
    return context.target().errors().provokedBy(answer).map(failure::withReplayAfter).orElse(failure);
  }

  /** The error the model defines under the answer's name, if it names one. */
  public static Optional<ModeledError> modeled(CheckContext context, Exchange answer) {
    return answer.errorType().flatMap(name -> context.target().contract().errors().stream()
        .filter(e -> e.name().equals(name)).findFirst());
  }

  private static String count(List<Exchange> bad, List<Exchange> seen) {
    return bad.size() + " of the " + seen.size() + " error answers the run saw";
  }
}
