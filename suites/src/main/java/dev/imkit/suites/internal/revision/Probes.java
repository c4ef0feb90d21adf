package dev.imkit.suites.internal.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Boundary;
import dev.imkit.generators.api.Control;
import dev.imkit.generators.api.Edge;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.schemas.api.Change;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * The probes of each revision, derived from the revision history and the validators, never written per
 * revision: for each operation whose input reaches a shape the revision changed, a control of typical values valid
 * at the revision and the one before, with one place changed so that it is valid now and was not before (a new
 * enum value, a longer maximum, a loosened pattern or required set): a valid extreme of the revision where one
 * shows the change, else the value that showed it in a generated input; for each added operation, its base
 * control. Changes that no request can tell apart (output members, added optional input members, which servers
 * ignore when unknown) give no probe.
 */
public final class Probes {
  private static final int DRAWS = 400;
  private static final long SEED = 20220512L;
  private static final Map<String, List<Probe>> CACHE = new ConcurrentHashMap<>();

  private Probes() {
  }

  /** The probes that show a target has {@code revision}'s changes (none for the first revision). */
  public static List<Probe> of(Revision revision) {
    return CACHE.computeIfAbsent(revision.name(), k -> derive(revision));
  }

  /** The revision before {@code revision}, if any. */
  public static Optional<Revision> previous(Revision revision) {
    List<Revision> all = Revisions.all();
    int i = all.indexOf(revision);
    return i > 0 ? Optional.of(all.get(i - 1)) : Optional.empty();
  }

  private static List<Probe> derive(Revision revision) {
    Optional<Revision> before = previous(revision);
    if (before.isEmpty()) {
      return List.of();
    }
    Contract now = Contract.at(revision);
    Contract then = Contract.at(before.get());
    IncidentManagerArbitraries arbitraries = IncidentManagerArbitraries.forRevision(revision.name());
    Set<String> changed = changedShapes(revision);
    List<Probe> probes = new ArrayList<>();
    for (Operation op : now.operations()) {
      if (then.findOperation(op.name()).isEmpty()) {
        probes.add(new Probe(revision, op.name(), arbitraries.controls(op.name()).get(0).input(),
            "no operation " + op.name(), null, "", "the operation itself"));
      } else if (Reach.reachesAny(now, op.input(), changed::contains)) {
        Optional<Probe> fromEdges = fromEdges(arbitraries, then, op, revision);
        (fromEdges.isPresent() ? fromEdges : differential(arbitraries, then, op, revision)).ifPresent(probes::add);
      }
    }
    return List.copyOf(probes);
  }

  /** A valid extreme of the revision in a control valid at both revisions, if one tells them apart. */
  private static Optional<Probe> fromEdges(IncidentManagerArbitraries im, Contract then, Operation op,
      Revision revision) {
    Contract now = Contract.at(revision);
    for (Control c : im.controls(op.name())) {
      if (!then.validator().input(op.name(), c.input()).valid()) {
        continue;
      }
      for (Boundary b : im.boundaries(op.name())) {
        if (!c.hosts(b.place())) {
          continue;
        }
        for (Edge e : b.edges()) {
          ObjectNode doc = im.withEdge(c, b, e);
          if (tellsApart(now, then, op, doc)) {
            return Optional.of(new Probe(revision, op.name(), doc, then.validator().input(op.name(), doc)
                .violations().get(0).toString(), c.input(), b.place(), b.place() + " = " + e.label()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The value a generated input showed the change with, put into a control valid at both revisions: a
   * pattern's change, say, which no valid extreme shows.
   */
  private static Optional<Probe> differential(IncidentManagerArbitraries arbitraries, Contract then, Operation op,
      Revision revision) {
    return drawn(arbitraries, then, op, revision).flatMap(p -> carried(arbitraries, then, op, revision, p));
  }

  private static Optional<Probe> carried(IncidentManagerArbitraries im, Contract then, Operation op,
      Revision revision, ObjectNode drawn) {
    Contract now = Contract.at(revision);
    dev.imkit.schemas.api.Violation shown = then.validator().input(op.name(), drawn).violations().get(0);
    String pointer = shown.pointer();
    if (shown.rule() == dev.imkit.schemas.api.Rule.REQUIRED) {
      return unrequired(im, then, op, revision, pointer);
    }
    Optional<String> place = im.template(op.name(), pointer);
    if (place.isEmpty()) {
      return Optional.empty();
    }
    List<Control> candidates = new ArrayList<>(im.controls(op.name()).stream().filter(c -> c.hosts(place.get()))
        .toList());
    candidates.add(im.alone(op.name(), place.get()));
    for (Control c : candidates) {
      if (!then.validator().input(op.name(), c.input()).valid()) {
        continue;
      }
      ObjectNode doc = im.withValue(c, place.get(), drawn.at(pointer));
      if (tellsApart(now, then, op, doc)) {
        return Optional.of(new Probe(revision, op.name(), doc, then.validator().input(op.name(), doc).violations()
            .get(0).toString(), c.input(), place.get(), place.get() + " = "
            + abbreviated(drawn.at(pointer).toString())));
      }
    }
    return Optional.empty();
  }

  /** A member required before and optional now: a control that has it, without it. */
  private static Optional<Probe> unrequired(IncidentManagerArbitraries im, Contract then, Operation op,
      Revision revision, String pointer) {
    Contract now = Contract.at(revision);
    Optional<String> place = im.template(op.name(), pointer);
    if (place.isEmpty()) {
      return Optional.empty();
    }
    List<Control> candidates = new ArrayList<>(im.controls(op.name()).stream().filter(c -> c.hosts(place.get()))
        .toList());
    candidates.add(im.alone(op.name(), place.get()));
    for (Control c : candidates) {
      ObjectNode doc = c.input();
      if (!then.validator().input(op.name(), doc).valid() || doc.at(pointer).isMissingNode()) {
        continue;
      }
      ObjectNode without = doc.deepCopy();
      com.fasterxml.jackson.core.JsonPointer p = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
      JsonNode parent = without.at(p.head());
      if (parent instanceof ObjectNode o) {
        o.remove(p.last().getMatchingProperty());
      }
      if (tellsApart(now, then, op, without)) {
        return Optional.of(new Probe(revision, op.name(), without, then.validator().input(op.name(), without)
            .violations().get(0).toString(), doc, place.get(), "no " + place.get()));
      }
    }
    return Optional.empty();
  }

  private static String abbreviated(String text) {
    return dev.imkit.suites.internal.run.Texts.cut(text, 80);
  }

  private static Optional<ObjectNode> drawn(IncidentManagerArbitraries arbitraries, Contract then, Operation op,
      Revision revision) {
    var arbitrary = arbitraries.validInput(op.name());
    Contract now = Contract.at(revision);
    RandomGenerator<ObjectNode> generator = arbitrary.generator(1000);
    Random random = new Random(SEED ^ op.name().hashCode());
    Iterator<Shrinkable<ObjectNode>> edges = arbitrary.edgeCases(DRAWS / 4).iterator();
    for (int i = 0; i < DRAWS; i++) {
      ObjectNode input = (edges.hasNext() ? edges.next() : generator.next(random)).value();
      if (tellsApart(now, then, op, input)) {
        return Optional.of(Minimizer.minimize(input, doc -> tellsApart(now, then, op, doc)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code input} is valid now and was not before, for a reason other than a pagination token (tokens
   * are opaque: a server refuses one it did not issue, whatever its length).
   */
  private static boolean tellsApart(Contract now, Contract then, Operation op, ObjectNode input) {
    if (!now.validator().input(op.name(), input).valid()) {
      return false;
    }
    ValidationReport old = then.validator().input(op.name(), input);
    String token = op.paginator().map(p -> "/" + p.inputToken()).orElse(null);
    return !old.valid() && old.violations().stream().noneMatch(v -> v.pointer().equals(token));
  }

  private static Set<String> changedShapes(Revision revision) {
    Set<String> shapes = new HashSet<>();
    for (Change c : revision.changes()) {
      if (c.kind() == ChangeKind.ADD_ENUM_VALUES || c.kind() == ChangeKind.CHANGE_CONSTRAINT
          || c.kind() == ChangeKind.CHANGE_REQUIRED || c.kind() == ChangeKind.CHANGE_MEMBER_TARGET) {
        c.shapeName().ifPresent(shapes::add);
      }
    }
    return shapes;
  }
}
