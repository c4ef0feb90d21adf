package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.api.Profile;
import dev.imkit.suites.internal.revision.Probe;
import dev.imkit.suites.internal.revision.Probes;
import dev.imkit.suites.internal.revision.RoundTrip;
import dev.imkit.suites.internal.revision.RoundTrips;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.NoAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.WeakHashMap;
import org.opentest4j.TestAbortedException;

/**
 * Finds the highest revision a target supports: revisions are tried oldest first, and the answer is the last one
 * before the first revision whose changes the target lacks: it refuses a probe (a control changed only where the
 * revision changed it) while it accepts the control, or drops a member added then. A probe whose control is
 * refused proves nothing and is noted as inconclusive; detection never lowers a revision on a guess. Revisions
 * whose changes no request can show (output-only members) are assumed present up to the next one that can be
 * shown. In the readonly profile only read calls probe, so detection is coarser.
 */
public final class RevisionDetector {
  private static final Map<Fixtures, List<String>> NOTES = new WeakHashMap<>();

  private RevisionDetector() {
  }

  /** How a target answered a probe. */
  public enum Verdict { ACCEPTED, REFUSED, INCONCLUSIVE }

  /**
   * A probe's outcome: the answers to its control (null for a new operation, or when it was not sent) and to the
   * probe itself (null when it was not sent); for an inconclusive probe whose resources could not be made, why.
   */
  public record Answer(Verdict verdict, Exchange control, Exchange probe, Optional<Cause> cause) {
    Answer(Verdict verdict, Exchange control, Exchange probe) {
      this(verdict, control, probe, Optional.empty());
    }
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

  /** What detection saw: why the detected revision is not the next one, and the probes that proved nothing. */
  public static synchronized List<String> notes(DefaultTarget target) {
    return List.copyOf(NOTES.getOrDefault(target.fixtures(), List.of()));
  }

  private static Revision detectRevision(DefaultTarget target) {
    List<Revision> all = Revisions.all();
    for (int i = 1; i < all.size(); i++) {
      Optional<String> lack = lacks(target, all.get(i));
      if (lack.isPresent()) {
        note(target, "detected " + all.get(i - 1).name() + ", not " + all.get(i).name() + ": " + lack.get());
        return all.get(i - 1);
      }
    }
    note(target, "detected " + Revisions.current().name() + ": the target has the changes of every revision the "
        + "probes can show");
    return Revisions.current();
  }

  /** Why the target lacks {@code revision}'s changes, if a probe shows it (round trips only when writes are allowed). */
  public static Optional<String> lacks(DefaultTarget target, Revision revision) {
    boolean readonly = target.settings().profile() == Profile.READONLY;
    for (Probe probe : Probes.of(revision)) {
      if (readonly && !target.contract().operation(probe.operation()).readonly()) {
        continue;
      }
      Answer answer = answer(target, probe);
      if (answer.verdict() == Verdict.REFUSED) {
        return Optional.of(probe.operation() + " refused " + probe.change() + " (valid since " + revision
            + "; before it: " + probe.before() + ")" + (answer.control() == null ? ""
            : " while it accepted the same input without that change") + ": " + answer.probe().answerLine());
      }
      if (answer.verdict() == Verdict.INCONCLUSIVE && answer.control() != null) {
        note(target, "probe of " + revision + " (" + probe.operation() + " " + probe.change() + ") inconclusive: "
            + "its control was refused (" + answer.control().answerLine() + ")");
      }
      answer.cause().filter(c -> c.kind() == CauseKind.NO_ANSWER).ifPresent(c -> note(target, "probe of "
          + revision + " (" + probe.operation() + " " + probe.change() + ") inconclusive: " + c.summary()));
    }
    if (readonly) {
      return Optional.empty();
    }
    for (RoundTrip trip : RoundTrips.of(revision)) {
      Optional<String> lost;
      try {
        lost = RoundTripRunner.lost(target, trip);
      } catch (NoAnswer e) {
        // a call the round trip needed got no answer: it proves nothing (the checks of that call report it)
        note(target, "round trip of " + revision + " inconclusive: " + e.getMessage());
        continue;
      }
      if (lost.isPresent()) {
        return lost;
      }
    }
    return Optional.empty();
  }

  /**
   * Sends the probe's control, then the probe. The probe is refused when it is answered with a
   * ValidationException or an error its operation does not model, while the control was accepted.
   */
  public static Answer answer(DefaultTarget target, Probe probe) {
    try {
      return send(target, probe);
    } catch (Blocked e) {
      // a resource the probe names could not be made because of another deviation: it proves nothing
      return new Answer(Verdict.INCONCLUSIVE, null, null, Optional.of(e.rootCause()));
    } catch (TestAbortedException e) {
      // a resource the probe names could not be made (the readonly profile writes none): it proves nothing
      return new Answer(Verdict.INCONCLUSIVE, null, null);
    } catch (NoAnswer e) {
      // the connection was reset or timed out: it proves nothing
      return new Answer(Verdict.INCONCLUSIVE, null, null, Optional.of(Causes.noAnswer(e.operation(), e.getMessage())));
    }
  }

  private static Answer send(DefaultTarget target, Probe probe) {
    String op = probe.operation();
    if (ReplicationSetRules.CHANGES.contains(op) && !target.fixtures().ownsReplicationSet()) {
      return new Answer(Verdict.INCONCLUSIVE, null, null);
    }
    Exchange control = null;
    if (probe.control() != null) {
      ObjectNode c = prepared(target, probe, probe.control(), Set.of());
      control = Recorder.as(ExchangeRecord.Role.CONTROL, () -> target.call(op, c));
      target.fixtures().forgetCreated(op, c, control);
      if (!ReplicationSetRules.accepts(op, control)) {
        return new Answer(Verdict.INCONCLUSIVE, control, null);
      }
      ReplicationSetRules.restore(op, c, target);
    }
    ObjectNode in = prepared(target, probe, probe.input(), Set.of(probe.place()));
    Exchange answer = target.call(op, in);
    target.fixtures().forgetCreated(op, in, answer);
    if (ReplicationSetRules.accepts(op, answer)) {
      ReplicationSetRules.restore(op, in, target);
    }
    boolean modeled = answer.succeeded() || answer.errorType()
        .map(e -> !e.equals("ValidationException")
            && Contract.at(probe.revision()).operation(op).models(e))
        .orElse(false);
    return new Answer(modeled ? Verdict.ACCEPTED : Verdict.REFUSED, control, answer);
  }

  /**
   * An input bound to the run's resources, with fresh tokens and names; the places in {@code keep} (where a probe
   * changes its control) stay as they are.
   */
  private static ObjectNode prepared(DefaultTarget target, Probe probe, ObjectNode doc, Set<String> keep) {
    Fixtures f = target.fixtures();
    ObjectNode bound = f.bind(probe.operation(), doc.deepCopy(), Set.of(), keep, "revision");
    ObjectNode fresh = f.typical().fresh(probe.operation(), bound, keep, new Random());
    ReplicationSetRules.prepare(probe.operation(), fresh, target);
    return fresh;
  }

  private static synchronized void note(DefaultTarget target, String line) {
    NOTES.computeIfAbsent(target.fixtures(), f -> new ArrayList<>()).add(line);
  }
}
