package dev.imkit.suites.internal.checks.revision;

import dev.imkit.schemas.api.Change;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.internal.revision.Probes;
import dev.imkit.suites.internal.revision.Reach;
import dev.imkit.suites.internal.revision.RoundTrips;
import dev.imkit.suites.internal.run.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/** The revision history as the checks read it: changes by kind, with the revision that made them. */
final class Changes {
  private Changes() {
  }

  /** A change and the revision it came with. */
  record Dated(Revision revision, Change change) {
  }

  /** Every change of {@code kind}, oldest first. */
  static List<Dated> of(ChangeKind kind) {
    List<Dated> out = new ArrayList<>();
    for (Revision r : Revisions.all()) {
      r.changes().stream().filter(c -> c.kind() == kind).forEach(c -> out.add(new Dated(r, c)));
    }
    return out;
  }

  /** The revision before {@code revision}, if any. */
  static Optional<Revision> previous(Revision revision) {
    List<Revision> all = Revisions.all();
    int i = all.indexOf(revision);
    return i > 0 ? Optional.of(all.get(i - 1)) : Optional.empty();
  }

  /**
   * Skips a check of {@code revision}'s changes when the target's revision was detected and nothing confirms it
   * has them: no revision from {@code revision} up to the detected one has a probe the target passed (detection
   * assumes such revisions present, as no request can show them), so a target without them may be correct.
   */
  static void requireConfirmed(CheckContext context, Revision revision) {
    Revision held = context.target().revision();
    if (!context.target().settings().revision().equals("auto")) {
      return;
    }
    boolean confirmed = Revisions.all().stream()
        .anyMatch(r -> r.compareTo(revision) >= 0 && r.compareTo(held) <= 0
            && (!Probes.of(r).isEmpty() || !RoundTrips.of(r).isEmpty()));
    if (!confirmed) {
      throw new TestAbortedException("revision " + revision.name() + " was assumed by the detection (no request "
          + "tells it apart from " + held.name() + "), not shown: hold the target to it with imkit.revision="
          + held.name() + " to run this check");
    }
  }

  /** Whether shape {@code target} can be reached from shape {@code from} through members, elements or values. */
  static boolean reaches(Contract contract, String from, String target) {
    return Reach.reaches(contract, from, target);
  }
}
