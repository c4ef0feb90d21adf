package dev.imkit.suites.internal.checks.validation;

import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.RuleSite;
import java.util.Map;

/**
 * The ID of a rule site's check: {@code VAL-<KIND>-<Op>-<path>}, the path being the pointer template's members
 * joined by dots, a list item written {@code []} and a map value {@code {}}
 * ({@code /actions/0/ssmAutomation/dynamicParameters/*} is {@code actions[].ssmAutomation.dynamicParameters{}}).
 */
final class RuleSiteId {
  private static final Map<BreakKind, String> KINDS = Map.ofEntries(
      Map.entry(BreakKind.MISSING_REQUIRED, "REQUIRED"), Map.entry(BreakKind.UNKNOWN_ENUM_VALUE, "ENUM"),
      Map.entry(BreakKind.UNION_EMPTY, "UNIONEMPTY"), Map.entry(BreakKind.UNION_MULTIPLE, "UNIONMULTIPLE"),
      Map.entry(BreakKind.TOO_SHORT, "MINLENGTH"), Map.entry(BreakKind.TOO_LONG, "MAXLENGTH"),
      Map.entry(BreakKind.PATTERN_MISMATCH, "PATTERN"), Map.entry(BreakKind.BELOW_MINIMUM, "MINIMUM"),
      Map.entry(BreakKind.ABOVE_MAXIMUM, "MAXIMUM"), Map.entry(BreakKind.TOO_FEW_ITEMS, "MINITEMS"),
      Map.entry(BreakKind.TOO_MANY_ITEMS, "MAXITEMS"), Map.entry(BreakKind.TOO_FEW_ENTRIES, "MINENTRIES"),
      Map.entry(BreakKind.TOO_MANY_ENTRIES, "MAXENTRIES"), Map.entry(BreakKind.DUPLICATE_ITEMS, "UNIQUE"),
      Map.entry(BreakKind.WRONG_TYPE, "TYPE"), Map.entry(BreakKind.KEY_TOO_SHORT, "KEYMINLENGTH"),
      Map.entry(BreakKind.KEY_TOO_LONG, "KEYMAXLENGTH"), Map.entry(BreakKind.KEY_PATTERN_MISMATCH, "KEYPATTERN"));

  private RuleSiteId() {
  }

  static String of(String operation, RuleSite site) {
    return "VAL-" + kind(site.kind()) + "-" + operation + "-" + path(site.pointer());
  }

  static String kind(BreakKind kind) {
    String name = KINDS.get(kind);
    if (name == null) {
      throw new IllegalStateException("no ID kind for " + kind);
    }
    return name;
  }

  static String path(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.equals("0")) {
        path.append("[]");
      } else if (segment.equals("*")) {
        path.append("{}");
      } else if (segment.equals("{key}")) {
        path.append("{key}");
      } else {
        path.append(path.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    return path.length() == 0 ? "root" : path.toString();
  }
}
