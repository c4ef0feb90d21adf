package dev.imkit.suites.internal.checks.state;

import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * The STATE checks: hand-written, one per behaviour the documentation describes (read after write, updates,
 * deletes, lists, the incident lifecycle, related items, timeline events, tags, resource policies, the
 * replication set), and lists judged both ways: what was deleted is gone from them, what was updated is still
 * there with its new values, a walk under inserts repeats nothing.
 */
public final class StateChecks {
  private StateChecks() {
  }

  public static List<Check> all(Contract contract) {
    List<Check> checks = new ArrayList<>();
    checks.addAll(ResponsePlanChecks.all(contract));
    checks.addAll(IncidentChecks.all(contract));
    checks.addAll(RelatedItemChecks.all(contract));
    checks.addAll(TimelineChecks.all(contract));
    checks.addAll(TagAndPolicyChecks.all(contract));
    checks.addAll(ReplicationSetChecks.all(contract));
    checks.addAll(ListsBothWays.all(contract));
    checks.addAll(KeptChecks.all(contract));
    checks.addAll(WalkUnderInserts.all(contract));
    return checks;
  }
}
