package dev.imkit.suites.internal.checks.state;

import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * The STATE checks of documented behaviour beyond read-after-write: list filters narrow exactly, sorted lists come
 * sorted, a replication set update in flight makes another one conflict, and effects the member documentation
 * states in words.
 */
public final class SemanticChecks {
  private SemanticChecks() {
  }

  public static List<Check> all(Contract contract) {
    List<Check> checks = new ArrayList<>();
    checks.addAll(IncidentFilterChecks.all(contract));
    checks.addAll(TimelineFilterChecks.all(contract));
    checks.addAll(TimelineSortChecks.all(contract));
    checks.addAll(ReplicationSetConflict.all(contract));
    checks.addAll(DocumentedEffects.all(contract));
    return checks;
  }
}
