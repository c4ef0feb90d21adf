package dev.imkit.suites.internal.explore;

import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import java.util.Collection;

/**
 * Judges a step by its statuses: both succeed (with the same code), or both refuse (with the same error), or
 * the levels of {@link Comparison} say how much the difference matters.
 */
final class StatusOracle {
  private static final String NOT_FOUND = "ResourceNotFoundException";

  private StatusOracle() {
  }

  /** Throws a {@link Divergence} when the two answers to {@code step} differ in status or error type. */
  static void judge(Step step, Collection<Handle> named) {
    judge(step, named, false);
  }

  /**
   * The same; {@code serversToken}: the input is a page the target's own token asked for, which no rule beyond
   * the model can refuse.
   */
  static void judge(Step step, Collection<Handle> named, boolean serversToken) {
    Exchange t = step.last(Side.TARGET);
    Exchange r = step.last(Side.REFERENCE);
    if (t == null || r == null) {
      return;
    }
    String op = step.operation();
    if (t.succeeded() && r.succeeded()) {
      if (t.status() != r.status()) {
        throw diverge(Comparison.SUCCESS_CODE, Level.MUST, step, "" + t.status(), "both succeeded, the target with "
            + t.status() + " where the model (and the reference) answer " + r.status());
      }
      return;
    }
    if (r.succeeded()) {
      boolean exists = named.stream().allMatch(Handle::live);
      Level level = notFound(t) && exists || t.status() >= 500 || t.status() == 0 || serversToken ? Level.MUST
          : Level.SHOULD;
      throw diverge(Comparison.REFUSED, level, step, error(t), "the reference accepted it (" + r.status()
          + ") and the target refused it" + (notFound(t) && exists ? ", though " + names(named) + " exist" : ""));
    }
    if (t.succeeded()) {
      if (notFound(r)) {
        Level level = missingIs404(op) ? Level.MUST : Level.SHOULD;
        String cause = named.stream().filter(h -> !h.live()).map(Handle::goneBy).filter(g -> !g.isEmpty())
            .findFirst().orElse(op);
        throw diverge(Comparison.GONE, level, step, cause, "", "the reference answered 404 " + NOT_FOUND + " ("
            + stories(named) + ") and the target accepted it (" + t.status() + ")");
      }
      throw diverge(Comparison.ACCEPTED, Level.SHOULD, step, error(r), "the reference refused it ("
          + r.answerLine() + ") and the target accepted it (" + t.status() + ")");
    }
    if (!error(t).equals(error(r))) {
      Level level = notFound(r) && missingIs404(op) ? Level.MUST : Level.SHOULD;
      throw diverge(Comparison.ERROR_TYPE, level, step, error(t), "both refused it, the target with " + error(t)
          + " where the reference answers " + error(r));
    }
  }

  /** Whether the model answers a missing resource of {@code op} with 404 ResourceNotFoundException. */
  private static boolean missingIs404(String op) {
    return Contract.current().operation(op).models(NOT_FOUND);
  }

  static boolean notFound(Exchange answer) {
    return answer.status() == 404 && answer.errorType().map(NOT_FOUND::equals).orElse(false);
  }

  /** The error's name, else the status ({@code HTTP500}). */
  static String error(Exchange answer) {
    return answer.status() == 0 ? "NoAnswer" : answer.errorType().orElse("HTTP" + answer.status());
  }

  static Divergence diverge(Comparison c, Level level, Step step, String what, String summary) {
    return diverge(c, level, step, step.operation(), what, summary);
  }

  /**
   * A divergence at {@code step} whose finding is named for {@code cause}, the operation whose effect the target
   * got wrong (the delete a read still sees, the update a member lost), so the reads that show one cause make one
   * finding.
   */
  static Divergence diverge(Comparison c, Level level, Step step, String cause, String what, String summary) {
    return new Divergence(c, level, cause, what, step.operation() + " (step " + step.number() + "): " + summary,
        step, answers(step));
  }

  /** Both sides' answers to a step, one line each. */
  static String answers(Step step) {
    Exchange t = step.last(Side.TARGET);
    Exchange r = step.last(Side.REFERENCE);
    return "target:    " + (t == null ? "(not sent)" : t.answerLine()) + "\nreference: "
        + (r == null ? "(not sent)" : r.answerLine());
  }

  private static String names(Collection<Handle> named) {
    return String.join(", ", named.stream().map(Handle::symbol).toList());
  }

  private static String stories(Collection<Handle> named) {
    return named.isEmpty() ? "nothing named" : String.join("; ", named.stream()
        .map(h -> h.symbol() + " " + h.story()).toList());
  }
}
