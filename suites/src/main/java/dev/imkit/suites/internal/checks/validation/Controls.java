package dev.imkit.suites.internal.checks.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Control;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.session.DefaultTarget;
import dev.imkit.suites.internal.session.Fixtures;
import dev.imkit.suites.internal.session.Recorder;
import dev.imkit.suites.internal.session.ReplicationSetRules;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The controls of a run, each sent once, when a check first needs it: its references bound to the run's
 * resources, fresh tokens and names, the answer kept. A check breaks or varies a control only once the target
 * accepted it; a full control that is refused is tried place by place, so only the places the target refuses
 * block their checks.
 */
final class Controls {
  /** VALIDATION checks share resources among themselves only: a lenient target may let them change what they use. */
  static final String NAMESPACE = "validation";
  private static final Map<Fixtures, Controls> BY_RUN = new WeakHashMap<>();

  private final DefaultTarget target;
  private final Fixtures fixtures;
  private final Random random = new Random();
  private final Map<String, Sent> sent = new ConcurrentHashMap<>();
  /** The controls the target refused, kept across epochs: a refusal is the target's, not its resources'. */
  private final Map<String, Sent> refused = new ConcurrentHashMap<>();
  /** The valid extremes the target refused (VAL-EDGE), with the cause their check reports. */
  private final List<RefusedEdge> refusedEdges = new CopyOnWriteArrayList<>();
  /** The fixtures' epoch the sent controls name resources of; a new one means they are sent again. */
  private volatile int epoch;

  private Controls(DefaultTarget target) {
    this.target = target;
    this.fixtures = target.fixtures();
  }

  static synchronized Controls of(DefaultTarget target) {
    return BY_RUN.computeIfAbsent(target.fixtures(), f -> new Controls(target));
  }

  IncidentManagerArbitraries typical() {
    return fixtures.typical();
  }

  /** The ID of the check that judges a control. */
  static String checkId(String operation, Control control) {
    return "VAL-CONTROL-" + operation + (control.isBase() ? "" : "-" + control.name().replace('+', '-'));
  }

  /**
   * The accepted control hosting {@code place}: its full control, or the base with the place alone when the
   * full one was refused. Blocked when the base, or the place alone, is refused.
   */
  Sent hosting(String operation, String place) {
    ReplicationSetRules.check(operation, fixtures);
    Sent base = accepted(send(operation, typical().controls(operation).get(0)));
    Control planned = typical().controlFor(operation, place);
    if (planned.isBase()) {
      return base;
    }
    Sent full = send(operation, planned);
    if (full.accepted()) {
      return full;
    }
    Sent alone = send(operation, typical().alone(operation, place));
    if (!alone.accepted() && alone.cause() != null) {
      // the place refused alone is the full control's check's finding; a cause of another kind (a resource that
      // could not be made, a throttled call) keeps its own reporter
      Cause c = alone.cause();
      throw new Blocked(alone.sendable() ? new Cause(c.key(), c.kind(), c.summary(), checkId(operation, planned)) : c);
    }
    return accepted(alone);
  }

  /** The control as sent (once per run); a cause instead when it could not be sent. */
  Sent send(String operation, Control planned) {
    if (epoch != fixtures.epoch()) {
      synchronized (this) {
        sent.clear();
        epoch = fixtures.epoch();
      }
    }
    // by the places it hosts too: a place alone forces its union member, and so shares the member's control's name
    String key = operation + "#" + planned.name() + "#" + planned.places();
    Sent known = sent.get(key);
    if (known != null) {
      return known;
    }
    synchronized (this) {
      Sent now = sent.get(key);
      if (now != null) {
        return now;
      }
      now = sendNow(operation, planned);
      if (!now.throttled()) {
        sent.put(key, now);
      }
      if (!now.accepted() && now.cause() != null && now.cause().kind() == CauseKind.VALID_INPUT_REFUSED) {
        refused.put(key, now);
      }
      return now;
    }
  }

  /**
   * The refusal that explains a valid input of {@code operation} the target refused: a control of it the target
   * refused this run whose every place is in {@code input} (the one with the fewest places), else a valid extreme
   * it refused that {@code input} holds at the same place. Empty when none is.
   */
  Optional<Cause> refusedWithin(String operation, JsonNode input) {
    Optional<Cause> control = refused.values().stream().filter(r -> r.control().operation().equals(operation))
        .filter(r -> r.control().places().stream().allMatch(place -> Places.present(input, place)))
        .min(Comparator.comparingInt(r -> r.control().places().size())).map(Sent::cause);
    if (control.isPresent()) {
      return control;
    }
    return refusedEdges.stream().filter(r -> r.operation().equals(operation))
        .filter(r -> Places.value(input, r.place()).filter(v -> Places.sameExtreme(v, r.value())).isPresent())
        .findFirst().map(RefusedEdge::cause);
  }

  /** Notes that the target refused {@code value}, a valid extreme of {@code place}, reported under {@code cause}. */
  void refusedEdge(String operation, String place, JsonNode value, Cause cause) {
    refusedEdges.add(new RefusedEdge(operation, place, value, cause));
  }

  private record RefusedEdge(String operation, String place, JsonNode value, Cause cause) {
  }

  private Sent sendNow(String operation, Control planned) {
    String checkId = checkId(operation, planned);
    ObjectNode doc;
    try {
      doc = fixtures.bind(operation, planned.input(), Set.of(), Set.of(), NAMESPACE);
      doc = typical().fresh(operation, doc, Set.of(), random);
      ReplicationSetRules.prepare(operation, doc, target);
    } catch (Blocked e) {
      return new Sent(planned, null, false, e.rootCause(), false);
    }
    ObjectNode input = doc;
    Exchange answer;
    try {
      answer = Recorder.as(ExchangeRecord.Role.CONTROL, () -> ReplicationSetRules.send(operation, input, target));
    } catch (UncheckedIOException e) {
      return new Sent(planned, null, false, Causes.noAnswer(operation, e.getMessage()), false);
    }
    boolean accepted = ReplicationSetRules.accepts(operation, answer);
    Control bound = new Control(operation, planned.name(), input, planned.places());
    if (!accepted && Causes.throttled(answer)) {
      return new Sent(bound, answer, false, Causes.throttled(operation, answer), false);
    }
    if (!accepted) {
      return new Sent(bound, answer, false, cause(operation, planned, answer, checkId), true);
    }
    fixtures.forgetCreated(operation, input, answer);
    return new Sent(bound, answer, true, null, true);
  }

  private Cause cause(String operation, Control planned, Exchange answer, String checkId) {
    Optional<Cause> second = ReplicationSetRules.secondSet(operation, answer, target);
    if (second.isPresent()) {
      return second.get();
    }
    if (ReplicationSetRules.namesNothing(operation) && !Causes.missing(target.contract(), answer, operation)) {
      return new Cause("not-found:" + operation, CauseKind.RULE_BROKEN, operation + "'s control names a "
          + "replication set that does not exist (a run removes no set it did not make), and was answered "
          + answer.answerLine() + ", not 404 ResourceNotFoundException", "PROTO-ERROR-" + operation);
    }
    Cause c = planned.isBase() ? Causes.ofBase(target.contract(), answer, operation, "input")
        : Causes.of(target.contract(), answer, operation, "input with " + describe(planned));
    if (c.kind() == CauseKind.OPERATION_MISSING || planned.isBase()) {
      return c;
    }
    return new Cause(c.key() + ":" + planned.name(), c.kind(), c.summary(), checkId);
  }

  static String describe(Control c) {
    if (c.isBase()) {
      return "only its required members";
    }
    return c.name().equals("full") ? "every optional member" : c.name().replace('+', ' ');
  }

  /** The control, if accepted; else what blocks the checks built on it. */
  private static Sent accepted(Sent s) {
    if (!s.accepted()) {
      throw new Blocked(s.cause());
    }
    return s;
  }

}
