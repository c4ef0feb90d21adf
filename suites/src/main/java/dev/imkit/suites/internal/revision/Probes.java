package dev.imkit.suites.internal.revision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
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
 * revision: for each operation whose input reaches a shape the revision changed, the first generated input
 * that is valid at the revision and invalid at the one before (a new enum value, a loosened constraint or
 * required set); for each added operation, a valid call of it. Changes that no request can tell apart (output
 * members, added optional input members, which servers ignore when unknown) give no probe.
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
    IncidentManagerArbitraries arbitraries = IncidentManagerArbitraries.forRevision(revision.name())
        .withContext(GenerationContext.defaults().withNamePrefix("imkit-probe"));
    Set<String> changed = changedShapes(revision);
    List<Probe> probes = new ArrayList<>();
    for (Operation op : now.operations()) {
      if (then.findOperation(op.name()).isEmpty()) {
        probes.add(new Probe(revision, op.name(), first(arbitraries, op.name()), "no operation " + op.name()));
      } else if (Reach.reachesAny(now, op.input(), changed::contains)) {
        differential(arbitraries, then, op, revision).ifPresent(probes::add);
      }
    }
    return List.copyOf(probes);
  }

  private static Optional<Probe> differential(IncidentManagerArbitraries arbitraries, Contract then, Operation op,
      Revision revision) {
    var arbitrary = arbitraries.validInput(op.name());
    Contract now = Contract.at(revision);
    RandomGenerator<ObjectNode> generator = arbitrary.generator(1000);
    Random random = new Random(SEED ^ op.name().hashCode());
    Iterator<Shrinkable<ObjectNode>> edges = arbitrary.edgeCases(DRAWS / 4).iterator();
    for (int i = 0; i < DRAWS; i++) {
      ObjectNode input = (edges.hasNext() ? edges.next() : generator.next(random)).value();
      if (tellsApart(now, then, op, input)) {
        ObjectNode minimal = Minimizer.minimize(input, doc -> tellsApart(now, then, op, doc));
        ValidationReport old = then.validator().input(op.name(), minimal);
        return Optional.of(new Probe(revision, op.name(), minimal, old.violations().get(0).toString()));
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

  private static ObjectNode first(IncidentManagerArbitraries arbitraries, String operation) {
    return arbitraries.validInput(operation).generator(1000).next(new Random(SEED)).value();
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
