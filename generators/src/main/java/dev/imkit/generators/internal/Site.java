package dev.imkit.generators.internal;

import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.RuleSite;
import java.util.List;

/**
 * A rule site and the way to it from the root: member names, {@code 0} for a list's first item, {@code *} for
 * a map's first entry. For a missing member the path ends with the member; for a map key, at the map.
 */
record Site(RuleSite rule, List<String> path) {
  Site {
    path = List.copyOf(path);
  }

  BreakKind kind() {
    return rule.kind();
  }
}
