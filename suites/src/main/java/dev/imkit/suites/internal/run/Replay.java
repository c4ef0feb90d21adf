package dev.imkit.suites.internal.run;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Profile;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * The command that runs one check again against the same target setup: the endpoint (or the embedded emulator
 * with its revision and faults), region, the revision the target was held to, profile, tries, client, live
 * switches, rate limit, request budget, retries, timeout and the seed. Credentials are never written: they come from the environment, as in the run.
 */
final class Replay {
  private static final java.util.Map<String, String> FLAGS = java.util.Map.of(Settings.RATE_LIMIT, "--rate-limit",
      Settings.REQUEST_BUDGET, "--request-budget", Settings.RETRIES, "--retries", Settings.TIMEOUT, "--timeout");

  /** The prefix of each target's commands (every check's record carries one), held as long as the target is. */
  private static final Map<DefaultTarget, String> PREFIXES = Collections.synchronizedMap(new WeakHashMap<>());
  /** A word a shell reads as itself. */
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

  private Replay() {
  }

  static String command(DefaultTarget target, String checkId) {
    return PREFIXES.computeIfAbsent(target, Replay::prefix) + " --only " + quoted(checkId) + " --seed "
        + target.settings().seed();
  }

  /** The command up to its {@code --only}: the same for every check of a run, so built once per target. */
  private static String prefix(DefaultTarget target) {
    Settings s = target.settings();
    List<String> args = new ArrayList<>(List.of("./imkit", "run"));
    s.endpoint().ifPresent(u -> add(args, "--endpoint", u.toString()));
    if (!s.region().equals("us-east-1")) {
      add(args, "--region", s.region());
    }
    add(args, "--revision", target.revision().name());
    if (s.profile() != Profile.FULL) {
      add(args, "--profile", s.profile().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (s.values().containsKey(Settings.TRIES)) {
      add(args, "--tries", Integer.toString(s.tries()));
    }
    if (s.endpoint().isEmpty()) {
      if (!s.emulatorRevision().equals(Revisions.current().name())) {
        add(args, "--emulator-revision", s.emulatorRevision());
      }
      if (!s.emulatorFaults().isEmpty()) {
        add(args, "--fault", String.join(",", s.emulatorFaults()));
      }
      if (!s.emulatorUpdatingHold().isZero()) {
        add(args, "--emulator-updating-hold", Long.toString(s.emulatorUpdatingHold().toSeconds()));
      }
    }
    if (!s.http().equals("jdk")) {
      add(args, "--http", s.http());
    }
    if (s.values().containsKey(Settings.LIVE)) {
      add(args, "--live", s.values().get(Settings.LIVE));
    }
    if (!s.allowedAccounts().isEmpty()) {
      add(args, "--allow-account", String.join(",", s.allowedAccounts()));
    }
    // what decides whether a check runs (the budget) or what the target's answers become (retries, pace, time)
    for (String key : List.of(Settings.RATE_LIMIT, Settings.REQUEST_BUDGET, Settings.RETRIES, Settings.TIMEOUT)) {
      if (s.values().containsKey(key)) {
        add(args, FLAGS.get(key), s.values().get(key));
      }
    }
    return String.join(" ", args.stream().map(Replay::quoted).toList());
  }

  private static void add(List<String> args, String flag, String value) {
    args.add(flag);
    args.add(value);
  }

  /** A shell word: quoted when it holds anything a shell would read. */
  static String quoted(String word) {
    return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
