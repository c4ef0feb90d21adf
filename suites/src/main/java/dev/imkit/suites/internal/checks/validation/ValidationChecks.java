package dev.imkit.suites.internal.checks.validation;

import dev.imkit.generators.api.Binding;
import dev.imkit.generators.api.Boundary;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.session.ReplicationSetRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The VALIDATION checks of every operation at the target's revision: its controls (valid inputs of typical values
 * that the others break or vary), one check per rule site (the generators' {@code ruleSites}), and one per
 * constrained place's valid extremes. A required URI label is left out: without it the request has another path,
 * so it is a routing question, not a validation one.
 */
public final class ValidationChecks {
  private ValidationChecks() {
  }

  public static List<Check> all(Contract contract) {
    IncidentManagerArbitraries arbitraries = IncidentManagerArbitraries.forRevision(contract.revision().name());
    List<Check> checks = new ArrayList<>();
    Map<String, Set<String>> history = new HashMap<>();
    for (Operation op : contract.operations()) {
      arbitraries.controls(op.name()).forEach(c -> checks.add(ControlCheck.check(op, c)));
      Map<String, String> sinceAt = new HashMap<>();
      for (RuleSite site : arbitraries.ruleSites(op.name())) {
        if (expressible(site)) {
          String since = since(op, site, contract.revision(), history);
          checks.add(RuleSiteCheck.check(op, site, since));
          sinceAt.merge(site.pointer(), since, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
      }
      for (Boundary b : arbitraries.boundaries(op.name())) {
        String place = b.place().replace("/{key}", "");
        checks.add(BoundaryCheck.check(op, b, sinceAt.getOrDefault(place, op.introducedIn())));
      }
    }
    return checks.stream().map(c -> ReplicationSetRules.changesTheSet(c.info().operations().get(0)) ? c
        : c.runsAlongside()).toList();
  }

  static boolean expressible(RuleSite site) {
    return !(site.binding() == Binding.URI && site.kind() == BreakKind.MISSING_REQUIRED);
  }

  /** The oldest revision from which on, up to {@code at}, the operation has this very rule site. */
  static String since(Operation op, RuleSite site, Revision at, Map<String, Set<String>> history) {
    List<Revision> all = Revisions.all();
    String since = at.name();
    for (int i = all.indexOf(at) - 1; i >= 0; i--) {
      Revision earlier = all.get(i);
      if (!history.computeIfAbsent(earlier.name() + " " + op.name(), k -> sites(earlier, op.name()))
          .contains(key(site))) {
        break;
      }
      since = earlier.name();
    }
    return since;
  }

  private static Set<String> sites(Revision revision, String operation) {
    if (Contract.at(revision).findOperation(operation).isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    IncidentManagerArbitraries.forRevision(revision.name()).ruleSites(operation).forEach(s -> keys.add(key(s)));
    return keys;
  }

  private static String key(RuleSite site) {
    return site.kind() + " " + site.pointer() + " " + site.constraint();
  }
}
