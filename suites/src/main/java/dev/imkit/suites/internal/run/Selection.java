package dev.imkit.suites.internal.run;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Profile;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.api.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which checks a run includes, and for the others the reason they are skipped. */
final class Selection {
  private final Settings settings;
  private final Target target;
  private final Set<String> smoke = new HashSet<>();

  Selection(Target target, List<Check> checks) {
    this.target = target;
    this.settings = target.settings();
    Set<String> kinds = new HashSet<>();
    for (Check c : checks) {
      if (kinds.add(kind(c.info().id()))) {
        smoke.add(c.info().id());
      }
    }
  }

  /** Why {@code check} does not run, or empty when it runs. */
  Optional<String> reasonToSkip(CheckInfo check) {
    List<String> only = settings.only();
    if (!only.isEmpty() && only.stream().noneMatch(check::matches)) {
      return Optional.of("not selected by imkit.only=" + String.join(",", only));
    }
    Optional<String> skipped = settings.skip().stream().filter(check::matches).findFirst();
    if (skipped.isPresent()) {
      return Optional.of("excluded by imkit.skip (" + skipped.get() + ")");
    }
    if (Revisions.named(check.since()).compareTo(target.revision()) > 0) {
      return Optional.of("applies from revision " + check.since() + "; the target is held to " + target.revision());
    }
    Profile profile = settings.profile();
    if (check.category() == Category.SECURITY && profile != Profile.SECURITY) {
      return Optional.of("SECURITY checks are opt-in: run with imkit.profile=security");
    }
    if (profile == Profile.READONLY && check.writes()) {
      return Optional.of("the readonly profile makes no writes");
    }
    if (profile == Profile.SMOKE && !smoke.contains(check.id())) {
      return Optional.of("the smoke profile runs one check of each kind");
    }
    return Optional.empty();
  }

  /**
   * Whether the run may run checks of {@code category}: false only when the selection surely leaves every one of
   * them out (imkit.only names categories and not this one, or imkit.skip names it).
   */
  static boolean mayRun(Settings settings, Category category) {
    List<String> only = settings.only();
    boolean named = only.stream().anyMatch(s -> s.equalsIgnoreCase(category.name()));
    boolean onlyCategories = !only.isEmpty() && only.stream().allMatch(Selection::isCategory);
    boolean skipped = settings.skip().stream().anyMatch(s -> s.equalsIgnoreCase(category.name()));
    return !skipped && (named || !onlyCategories);
  }

  private static boolean isCategory(String selector) {
    return java.util.Arrays.stream(Category.values()).anyMatch(c -> c.name().equalsIgnoreCase(selector));
  }

  /** The kind of a check: its ID's first two parts ({@code VAL-ENUM} of {@code VAL-ENUM-StartIncident-...}). */
  static String kind(String id) {
    String[] parts = id.split("-", 3);
    return parts.length < 2 ? id : parts[0] + "-" + parts[1];
  }
}
