package dev.imkit.suites.internal.checks.validation;

import dev.imkit.generators.api.GenerationContext;
import dev.imkit.suites.internal.target.Fixtures;
import java.util.Map;
import java.util.WeakHashMap;
import org.opentest4j.TestAbortedException;

/**
 * The resources invalid inputs refer to, created once per run: a response plan (tagged, with a resource
 * policy), an incident with a timeline event, the replication set. With them an input breaks only its one rule:
 * a target cannot answer 404 for a reference, since every reference exists. Other references are synthesized
 * (the lenient context).
 */
final class References {
  private static final Map<Fixtures, GenerationContext> BY_RUN = new WeakHashMap<>();
  /** Why the references could not be made: remembered, so 600 checks do not each try again. */
  private static final Map<Fixtures, TestAbortedException> FAILED = new WeakHashMap<>();

  private References() {
  }

  static synchronized GenerationContext of(Fixtures f) {
    GenerationContext known = BY_RUN.get(f);
    if (known != null) {
      return known;
    }
    if (FAILED.containsKey(f)) {
      throw FAILED.get(f);
    }
    try {
      GenerationContext made = make(f);
      BY_RUN.put(f, made);
      return made;
    } catch (TestAbortedException e) {
      FAILED.put(f, e);
      throw e;
    }
  }

  private static GenerationContext make(Fixtures f) {
    String[] policy = f.resourcePolicy();
    String incident = f.incident();
    return GenerationContext.defaults()
        .withResponsePlanArns(policy[0])
        .withTaggableArns(policy[0])
        .withResourcePolicy(policy[0], policy[1])
        .withIncidentRecordArns(incident)
        .withTimelineEvent(incident, f.timelineEvent(incident))
        .withReplicationSetArns(f.replicationSetArn());
  }
}
