package dev.imkit.suites.internal.checks.revision;

import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * The REVISION checks, all derived from the revision history: a check per revision probe, the detection of the
 * target's revision, and per change kind the semantic checks (added related item types, added members stored
 * and returned, maps over added enums, changed patterns, added errors). Each applies from the revision of its
 * change; the contract argument is not needed, as every check names the revision it holds from.
 */
public final class RevisionChecks {
  private RevisionChecks() {
  }

  public static List<Check> all(Contract contract) {
    List<Check> checks = new ArrayList<>();
    checks.add(DetectCheck.check());
    checks.addAll(ProbeCheck.all());
    checks.addAll(ItemTypeChecks.all());
    checks.addAll(RoundTripChecks.all());
    checks.addAll(EnumMapChecks.all());
    checks.addAll(PatternChecks.all());
    checks.addAll(AddedErrorChecks.all());
    return checks;
  }
}
