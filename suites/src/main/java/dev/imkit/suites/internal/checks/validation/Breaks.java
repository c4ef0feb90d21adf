package dev.imkit.suites.internal.checks.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.session.Recorder;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * An invalid input for checks of other categories that need the target to refuse one (the SDK's error mapping):
 * an accepted control with one rule site of the given kinds broken, as the VALIDATION check of that site sends it,
 * so a target that accepts it is the subject of that check, whose ID it names.
 */
public final class Breaks {
  private Breaks() {
  }

  /** A broken input, the ID of the VALIDATION check that judges its site, and the control it breaks. */
  public record Broken(ObjectNode input, String checkId) {
  }

  /** The first site of {@code operation} of one of {@code kinds} that a control hosts, broken once. */
  public static Optional<Broken> first(CheckContext context, String operation, Set<BreakKind> kinds) {
    Controls controls = Controls.of(context.target());
    for (RuleSite site : controls.typical().ruleSites(operation)) {
      String place = controls.typical().controlPlace(operation, site);
      if (!kinds.contains(site.kind()) || controls.typical().unreachable(operation, place).isPresent()) {
        continue;
      }
      Sent host = controls.hosting(operation, place);
      Recorder.attach(host.answer(), ExchangeRecord.Role.CONTROL);
      Random random = new Random(context.seed());
      InvalidInput invalid = controls.typical().invalidInput(operation, site, host.control()).generator(1000)
          .next(random).value();
      ObjectNode doc = controls.typical().fresh(operation, invalid.document(), Set.of(site.pointer()), random);
      return Optional.of(new Broken(doc, RuleSiteId.of(operation, site)));
    }
    return Optional.empty();
  }
}
