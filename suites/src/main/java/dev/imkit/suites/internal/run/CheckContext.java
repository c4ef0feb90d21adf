package dev.imkit.suites.internal.run;

import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.internal.session.DefaultTarget;
import dev.imkit.suites.internal.session.Fixtures;
import java.util.ArrayList;
import java.util.List;

/** What a check body works with: the target, its fixtures, generators at the target's revision, its seed. */
public final class CheckContext {
  private final DefaultTarget target;
  private final CheckInfo info;
  private final List<String> notes = new ArrayList<>();

  CheckContext(DefaultTarget target, CheckInfo info) {
    this.target = target;
    this.info = info;
  }

  public DefaultTarget target() {
    return target;
  }

  public Fixtures fixtures() {
    return target.fixtures();
  }

  public CheckInfo info() {
    return info;
  }

  /** Generators at the target's revision, with names unique to the run and the given references. */
  public IncidentManagerArbitraries arbitraries(GenerationContext context) {
    return IncidentManagerArbitraries.forRevision(target.revision().name())
        .withContext(context.withNamePrefix(target.uniqueName("g")).withRegion(target.settings().region()));
  }

  /** The seed of this check: the run's seed mixed with the check's ID, so one check replays alone. */
  public long seed() {
    return target.settings().seed() ^ ((long) info.id().hashCode() << 16);
  }

  /** Adds a line to the check's report record ({@code imkit.note}), e.g. a detected revision on a pass. */
  public void note(String line) {
    notes.add(line);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  public int tries() {
    return target.settings().tries();
  }

  /** A property over {@code tries} generated examples of this check. */
  public Properties properties() {
    return new Properties(this);
  }
}
