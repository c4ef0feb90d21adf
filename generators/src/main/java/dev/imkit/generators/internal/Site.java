package dev.imkit.generators.internal;

import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.RuleSite;
import java.util.List;

/**
 * A rule site and the way to it from the root: member names, {@code 0} for a list's first item, {@code *} for
 * a map's first entry. For a missing member the path ends with the member; for a map key, at the map. A
 * {@link #valid} site only forces its path present and ends in a valid value: the way to build a control.
 */
record Site(RuleSite rule, List<String> path, boolean valid) {
  Site {
    path = List.copyOf(path);
  }

  Site(RuleSite rule, List<String> path) {
    this(rule, path, false);
  }

  /** A site forcing {@code path} present and valid at its end (no rule broken). */
  static Site validPath(RuleSite rule, List<String> path) {
    return new Site(rule, path, true);
  }

  BreakKind kind() {
    return rule.kind();
  }
}
