package dev.imkit.suites.internal.checks.revision;

import dev.imkit.schemas.api.Change;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.revision.Probe;
import dev.imkit.suites.internal.revision.Probes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.session.ReplicationSetRules;
import dev.imkit.suites.internal.session.RevisionDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code REV-PROBE-<revision>-<Op>}: one per revision probe. A target held to that revision or a later one must
 * not refuse a request that is valid since then (and, for a new operation, must know the operation).
 */
final class ProbeCheck {
  private ProbeCheck() {
  }

  static List<Check> all() {
    List<Check> checks = new ArrayList<>();
    for (Revision revision : Revisions.all()) {
      for (Probe probe : Probes.of(revision)) {
        checks.add(check(probe));
      }
    }
    return checks;
  }

  private static Check check(Probe probe) {
    String revision = probe.revision().name();
    Contract contract = Contract.at(probe.revision());
    boolean writes = !contract.operation(probe.operation()).readonly();
    CheckInfo info = new CheckInfo("REV-PROBE-" + revision + "-" + probe.operation(), Category.REVISION,
        List.of(probe.operation()), rules(probe, contract), Level.MUST, revision, writes,
        probe.operation() + " accepts a request that is valid since " + revision + " (before it: " + probe.before()
            + ")");
    return new Check(info, context -> run(context, probe));
  }

  private static void run(CheckContext context, Probe probe) {
    ReplicationSetRules.check(probe.operation(), context.fixtures());
    RevisionDetector.Answer answer = RevisionDetector.answer(context.target(), probe);
    switch (answer.verdict()) {
      case REFUSED -> throw CheckFailure.of(answer.probe(), "revision " + probe.revision().name() + " ("
          + changes(probe) + ")", "a request valid since " + probe.revision().name() + " (" + probe.change()
          + ") must not be refused with a ValidationException or an unmodeled error" + (answer.control() == null
          ? "" : ", as the same input without that change was accepted") + "; it breaks only the earlier rule '"
          + probe.before() + "'");
      case INCONCLUSIVE -> throw inconclusive(context, probe, answer);
      default -> { }
    }
  }

  /** Blocked by what kept the probe from proving anything; skipped when the profile kept it from being sent. */
  private static RuntimeException inconclusive(CheckContext context, Probe probe, RevisionDetector.Answer answer) {
    if (answer.cause().isPresent()) {
      return new Blocked(answer.cause().get());
    }
    if (answer.control() == null) {
      return new org.opentest4j.TestAbortedException("the probe could not be sent in this run: the readonly profile "
          + "makes no resources, and a replication set the run did not create is never changed");
    }
    BaseControls.blockIfKnown(context.target(), probe.operation(), answer.control());
    return new Blocked(Causes.of(context.target().contract(), answer.control(), probe.operation(),
        "input (the probe's control)"));
  }

  private static List<String> rules(Probe probe, Contract contract) {
    List<String> rules = shown(probe, contract).stream()
        .map(c -> c.kind() == ChangeKind.ADD_OPERATION ? c.operation()
            : c.member() == null ? c.shape() : c.shape() + "." + c.member())
        .distinct().toList();
    return rules.isEmpty() ? List.of(probe.operation()) : rules;
  }

  private static String changes(Probe probe) {
    List<String> described = shown(probe, Contract.at(probe.revision())).stream().map(Change::describe).toList();
    return described.isEmpty() ? probe.revision().name() : String.join("; ", described);
  }

  /** The changes of the probe's revision that the probe shows: its new operation, or rules its input reaches. */
  private static List<Change> shown(Probe probe, Contract contract) {
    String input = contract.operation(probe.operation()).input();
    return probe.revision().changes().stream().filter(c -> switch (c.kind()) {
      case ADD_OPERATION -> probe.operation().equals(c.operation());
      case ADD_ENUM_VALUES, CHANGE_CONSTRAINT, CHANGE_REQUIRED, CHANGE_MEMBER_TARGET ->
          Changes.reaches(contract, input, c.shape());
      default -> false;
    }).toList();
  }
}
