package dev.imkit.reports.internal.causes;

import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ExchangeRecord;
import java.util.Optional;

/**
 * The cause a record without one is given, from the call its verdict rests on: a valid call (a control or a
 * fixture) that failed names the operation as missing, refused or unusable; a check's own call offers two groups,
 * the same rule broken on several operations, or one operation giving the same kind of answer to several checks,
 * and the bigger one wins.
 */
record Derived(Optional<Candidate> fixed, Candidate byRule, Candidate byOperation) {

  /** A possible group: its key, kind, and how to say what it is. */
  record Candidate(String key, CauseKind kind, String what) {
  }

  static Derived of(CheckResult r) {
    String kind = kind(r.id());
    Optional<ExchangeRecord> call = r.failingExchange();
    if (call.isEmpty()) {
      return new Derived(Optional.empty(), new Candidate("rule:" + kind, CauseKind.RULE_BROKEN, kind + " checks"),
          new Candidate("check:" + r.id(), CauseKind.RULE_BROKEN, r.id()));
    }
    ExchangeRecord e = call.get();
    Answer answer = Answer.of(e);
    String op = e.operation().isEmpty() ? primary(r) : e.operation();
    boolean valid = e.role() != ExchangeRecord.Role.CHECK;
    if (answer.unknownOperation(valid)) {
      return fixed(new Candidate("missing:" + op, CauseKind.OPERATION_MISSING, op + " is not implemented by the "
          + "target: a call answered " + answer.text()));
    }
    if (valid) {
      return fixed(validCallFailed(op, answer));
    }
    return new Derived(Optional.empty(),
        new Candidate("rule:" + kind + ":" + answer.key(), CauseKind.RULE_BROKEN, kind + " checks answered "
            + answer.kind()),
        new Candidate("answer:" + op + ":" + answer.key(), CauseKind.RULE_BROKEN, op + " answered " + answer.kind()));
  }

  private static Derived fixed(Candidate c) {
    return new Derived(Optional.of(c), c, c);
  }

  private static Candidate validCallFailed(String op, Answer answer) {
    if (answer.status() == 0) {
      return new Candidate("no-answer:" + op, CauseKind.NO_ANSWER, op + ": the target did not answer a valid call");
    }
    if (answer.status() >= 400 && answer.status() < 500) {
      return new Candidate("refused:" + op, CauseKind.VALID_INPUT_REFUSED, op + " refused a valid input: "
          + answer.text());
    }
    return new Candidate("unusable:" + op + ":" + answer.status(), CauseKind.UNUSABLE_ANSWER, op
        + " answered a valid call with " + answer.text());
  }

  /** The kind of a check: its ID's first two parts ({@code VAL-ENUM} of {@code VAL-ENUM-StartIncident-...}). */
  static String kind(String id) {
    String[] parts = id.split("-", 3);
    return parts.length < 2 ? id : parts[0] + "-" + parts[1];
  }

  static String primary(CheckResult r) {
    return r.operations().isEmpty() ? "" : r.operations().get(0);
  }
}
