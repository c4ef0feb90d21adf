package dev.imkit.suites.internal.target;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.revision.Probe;
import dev.imkit.suites.internal.revision.Probes;
import dev.imkit.suites.internal.revision.RoundTrip;
import dev.imkit.suites.internal.revision.RoundTrips;
import dev.imkit.suites.api.Profile;
import dev.imkit.suites.api.ConfigurationException;
import java.util.List;
import org.opentest4j.TestAbortedException;
import java.util.Optional;

/**
 * Finds the highest revision a target supports: revisions are tried oldest first, and the answer is the last one
 * before the first revision whose changes the target lacks: it refuses a request valid since then, or drops a
 * member added then. Revisions whose changes no request can show (output-only members) are assumed present up
 * to the next one that can be shown. In the readonly profile only read calls probe, so detection is coarser.
 */
public final class RevisionDetector {
  private RevisionDetector() {
  }

  /** The detected revision of {@code target}. */
  public static Revision detect(DefaultTarget target) {
    try {
      return detectRevision(target);
    } catch (TestAbortedException e) {
      throw new ConfigurationException("the revision could not be detected (" + e.getMessage() + "): give "
          + "imkit.revision, or raise imkit.request-budget");
    }
  }

  private static Revision detectRevision(DefaultTarget target) {
    List<Revision> all = Revisions.all();
    for (int i = 1; i < all.size(); i++) {
      if (lacks(target, all.get(i)).isPresent()) {
        return all.get(i - 1);
      }
    }
    return Revisions.current();
  }

  /** Why the target lacks {@code revision}'s changes, if a probe shows it (round trips only when writes are allowed). */
  public static Optional<String> lacks(DefaultTarget target, Revision revision) {
    boolean readonly = target.settings().profile() == Profile.READONLY;
    for (Probe probe : Probes.of(revision)) {
      if (readonly && !target.contract().operation(probe.operation()).readonly()) {
        continue;
      }
      Optional<Exchange> refused = refused(target, probe);
      if (refused.isPresent()) {
        return Optional.of(probe.operation() + " refused an input valid since " + revision + " (before: "
            + probe.before() + "): " + refused.get().answerLine());
      }
    }
    if (readonly) {
      return Optional.empty();
    }
    for (RoundTrip trip : RoundTrips.of(revision)) {
      Optional<String> lost = RoundTripRunner.lost(target, trip);
      if (lost.isPresent()) {
        return lost;
      }
    }
    return Optional.empty();
  }

  /** The answer, when the target refuses the probe: a ValidationException, or the operation is unknown. */
  public static Optional<Exchange> refused(DefaultTarget target, Probe probe) {
    Exchange answer = target.call(probe.operation(), probe.input());
    boolean modeled = answer.succeeded() || answer.errorType()
        .map(e -> !e.equals("ValidationException")
            && Contract.at(probe.revision()).operation(probe.operation()).models(e))
        .orElse(false);
    return modeled ? Optional.empty() : Optional.of(answer);
  }
}
