package dev.imkit.suites.internal.explore;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A divergence, shrunk: the steps of the shortest sequence found that shows it, where it diverged, and how to
 * run it again. Becomes the check record of the finding (category STATE, MUST or SHOULD by its comparison).
 *
 * @param divergence where the shrunk sequence diverged
 * @param steps the shrunk sequence's steps, the diverging one last
 * @param sequence the number of the sequence that first showed it
 * @param drawnSteps how many steps that sequence had run when it diverged
 * @param shrinkRuns how many candidate runs shrinking took
 * @param alone whether the sequence diverges when run alone (else it was not shrunk: what ran beside it mattered)
 * @param replay the command that runs the sequence again (and shrinks it)
 */
record Finding(Divergence divergence, List<Step> steps, long sequence, int drawnSteps, int shrinkRuns,
    boolean alone, String replay) {

  String id() {
    return divergence.findingId();
  }

  /** The finding as the check record reports carry; {@code known}: listed in the baseline. */
  CheckResult record(String revision, String seed, boolean known, long millis) {
    List<ExchangeRecord> exchanges = new ArrayList<>();
    int failing = -1;
    Set<String> operations = new LinkedHashSet<>();
    operations.add(divergence.step().operation());
    for (Step s : steps) {
      operations.add(s.operation());
      for (Exchange x : s.target()) {
        if (s.number() == divergence.step().number() && x == s.last(Side.TARGET)) {
          failing = exchanges.size();
        }
        exchanges.add(x.toRecord(ExchangeRecord.Role.CHECK));
      }
      s.reference().forEach(x -> exchanges.add(x.toRecord(ExchangeRecord.Role.CONTROL)));
    }
    CheckStatus status = divergence.level() == Level.SHOULD ? CheckStatus.ADVISORY
        : known ? CheckStatus.KNOWN : CheckStatus.FAIL;
    Cause cause = new Cause("explore:" + id(), CauseKind.RULE_BROKEN, divergence.getMessage(),
        id());
    int requests = steps.stream().mapToInt(s -> s.target().size()).sum();
    return new CheckResult(id(), Category.STATE, List.copyOf(operations), List.of(), divergence.level(),
        Revisions.all().get(0).name(), revision, status, millis, message(), cause, exchanges, failing, seed, requests,
        replay, notes());
  }

  /** What diverged, both answers, and the sequence. */
  String message() {
    // the record replaces any half character (CheckResult keeps only whole ones)
    return divergence.getMessage() + " (" + divergence.comparison().rule() + ")\n"
        + divergence.detail()
        + "\nafter " + steps.size() + " step(s):\n" + String.join("\n", steps.stream().map(Step::line).toList());
  }

  List<String> notes() {
    List<String> notes = new ArrayList<>();
    steps.forEach(s -> notes.add(s.line()));
    notes.add("diverged at step " + divergence.step().number() + ": " + divergence.comparison().rule() + " ("
        + divergence.level() + ")");
    notes.add(alone ? "found by sequence " + sequence + " after " + drawnSteps + " steps, shrunk to " + steps.size()
        + " in " + shrinkRuns + " runs, each alone" : "found by sequence " + sequence + " after " + drawnSteps
        + " steps; alone, it does not diverge (what ran beside it mattered), so it was not shrunk");
    notes.add("the target's calls are the check's exchanges, each followed by the reference's (role CONTROL)");
    return notes;
  }
}
