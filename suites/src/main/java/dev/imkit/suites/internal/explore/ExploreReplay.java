package dev.imkit.suites.internal.explore;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs one sequence of an exploration again, against the same target setup, and shrinks it:
 * the endpoint (or the embedded emulator with its revision and faults), region, revision, live switches, the
 * seed and the sequence's number. Credentials are never written.
 */
final class ExploreReplay {
  private ExploreReplay() {
  }

  static String command(Settings s, String revision, long sequence) {
    List<String> args = new ArrayList<>(List.of("./imkit", "explore"));
    s.endpoint().ifPresent(u -> add(args, "--endpoint", u.toString()));
    if (!s.region().equals("us-east-1")) {
      add(args, "--region", s.region());
    }
    add(args, "--revision", revision);
    if (s.endpoint().isEmpty()) {
      if (!s.emulatorRevision().equals(Revisions.current().name())) {
        add(args, "--emulator-revision", s.emulatorRevision());
      }
      if (!s.emulatorFaults().isEmpty()) {
        add(args, "--fault", String.join(",", s.emulatorFaults()));
      }
    }
    if (s.values().containsKey(Settings.LIVE)) {
      add(args, "--live", s.values().get(Settings.LIVE));
    }
    if (!s.allowedAccounts().isEmpty()) {
      add(args, "--allow-account", String.join(",", s.allowedAccounts()));
    }
    add(args, "--seed", Long.toString(s.seed()));
    add(args, "--replay", Long.toString(sequence));
    return String.join(" ", args.stream().map(ExploreReplay::quoted).toList());
  }

  private static void add(List<String> args, String flag, String value) {
    args.add(flag);
    args.add(value);
  }

  private static String quoted(String word) {
    return word.matches("[A-Za-z0-9_./:=,@%+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
