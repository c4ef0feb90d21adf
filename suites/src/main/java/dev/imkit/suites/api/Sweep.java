package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.internal.session.Run;
import dev.imkit.suites.internal.session.Sweeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Removes what earlier runs left on a target ({@code imkit cleanup}): from a run's clean-up journal, or, without
 * one, everything tagged with a run ID ({@code imkit-run}). Live targets need their account allowlisted, as for
 * a run.
 */
@API(status = EXPERIMENTAL)
public final class Sweep {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Sweep() {
  }

  /** Removes what the journal says was created by runs that did not finish their clean-up; returns how many. */
  public static int fromJournal(Settings settings, Path journal) {
    List<ObjectNode> created = new ArrayList<>();
    List<ObjectNode> intents = new ArrayList<>();
    Set<String> cleanedRuns = new HashSet<>();
    try {
      for (String line : Files.readAllLines(journal)) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode entry;
        try {
          entry = (ObjectNode) JSON.readTree(line);
        } catch (IOException | ClassCastException e) {
          continue; // a line cut short by a kill
        }
        if (entry.path("phase").asText().equals("created")) {
          created.add(entry);
        } else if (entry.path("phase").asText().equals("intent")) {
          intents.add(entry);
        } else if (entry.path("phase").asText().equals("cleaned")) {
          cleanedRuns.add(entry.path("run").asText());
        }
      }
    } catch (IOException e) {
      throw new ConfigurationException("cannot read the journal " + journal + ": " + e.getMessage());
    }
    created.removeIf(e -> cleanedRuns.contains(e.path("run").asText()));
    intents.removeIf(e -> cleanedRuns.contains(e.path("run").asText()));
    Set<String> answered = new HashSet<>();
    created.forEach(e -> answered.add(e.path("run").asText() + "#" + e.path("n").asText()));
    intents.removeIf(e -> answered.contains(e.path("run").asText() + "#" + e.path("n").asText()));
    try (Run run = Run.open(forCleanup(settings))) {
      return Sweeper.removeJournaled(run.target(), created, intents);
    }
  }

  /** Removes every response plan and incident tagged {@code imkit-run}, and what hangs off them; returns how many. */
  public static int allRuns(Settings settings) {
    try (Run run = Run.open(forCleanup(settings))) {
      return Sweeper.removeTagged(run.target());
    }
  }

  private static Settings forCleanup(Settings settings) {
    return settings.with(Settings.REVISION, Revisions.current().name()).with(Settings.REPORT_DIR, null);
  }
}
