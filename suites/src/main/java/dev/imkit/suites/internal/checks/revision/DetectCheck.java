package dev.imkit.suites.internal.checks.revision;

import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.revision.Probes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.session.RevisionDetector;
import java.util.List;
import java.util.Optional;

/**
 * {@code REV-DETECT}: the target has the changes of every revision up to the one it is held to (the detector's
 * probes and round trips); otherwise it fails naming the first revision it lacks and what showed it.
 */
final class DetectCheck {
  static final String ID = "REV-DETECT";

  private DetectCheck() {
  }

  static Check check() {
    List<String> operations = Revisions.all().stream().flatMap(r -> Probes.of(r).stream()).map(p -> p.operation())
        .distinct().sorted().toList();
    CheckInfo info = new CheckInfo(ID, Category.REVISION, operations, List.of("revisions"), Level.MUST,
        Revisions.all().get(0).name(), true,
        "the revision detected from the probes is at least the revision the target is held to");
    return new Check(info, DetectCheck::run);
  }

  private static void run(CheckContext context) {
    Revision held = context.target().revision();
    List<Revision> all = Revisions.all();
    for (int i = 1; i < all.size() && all.get(i).compareTo(held) <= 0; i++) {
      Optional<String> lack = RevisionDetector.lacks(context.target(), all.get(i));
      if (lack.isPresent()) {
        Revision detected = all.get(i - 1);
        context.note("detected revision " + detected.name() + "; held to " + held.name());
        throw new CheckFailure("revision " + all.get(i).name() + ": the target is held to " + held.name()
            + " but answers as " + detected.name() + ": " + lack.get());
      }
    }
    context.note("the target has every change up to " + held.name() + ", the revision it is held to");
  }
}
