package dev.imkit.suites.internal.explore;

import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Settings;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much an exploration may do: it stops at the first limit reached. Without any limit given it runs
 * {@value #DEFAULT_SEQUENCES} sequences (a few seconds against the embedded emulator), at most
 * {@link #DEFAULT_DURATION}; a duration or a request count given alone lifts the sequence count. A live target's
 * request budget and rate limit ({@code imkit.request-budget}, {@code imkit.rate-limit}) apply on top, as in a run.
 *
 * @param duration how long at most
 * @param requests requests to the target at most (0: no limit)
 * @param sequences sequences at most (0: no limit)
 * @param replay the one sequence to run again, if set
 */
public record Budget(Duration duration, long requests, long sequences, OptionalLong replay) {
  /** Sequences run when no limit is given. */
  public static final long DEFAULT_SEQUENCES = 1000;
  /** The time limit when none is given. */
  public static final Duration DEFAULT_DURATION = Duration.ofMinutes(10);
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h)?");

  /** The budget the settings give; a {@link ConfigurationException} with the fix for a bad value. */
  public static Budget of(Settings settings) {
    var raw = settings.values();
    Duration duration = raw.containsKey(Settings.EXPLORE_DURATION)
        ? duration(raw.get(Settings.EXPLORE_DURATION)) : DEFAULT_DURATION;
    long requests = count(Settings.EXPLORE_REQUESTS, raw.get(Settings.EXPLORE_REQUESTS), 0);
    boolean bounded = raw.containsKey(Settings.EXPLORE_DURATION) || raw.containsKey(Settings.EXPLORE_REQUESTS);
    long sequences = count(Settings.EXPLORE_SEQUENCES, raw.get(Settings.EXPLORE_SEQUENCES),
        bounded ? 0 : DEFAULT_SEQUENCES);
    OptionalLong replay = raw.containsKey(Settings.EXPLORE_REPLAY)
        ? OptionalLong.of(count(Settings.EXPLORE_REPLAY, raw.get(Settings.EXPLORE_REPLAY), 0)) : OptionalLong.empty();
    return new Budget(duration, requests, sequences, replay);
  }

  /** Whether sequence number {@code n} (from 0) is within the sequence count. */
  public boolean allows(long n) {
    return sequences == 0 || n < sequences;
  }

  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new ConfigurationException(Settings.EXPLORE_DURATION + " '" + text + "' is not a duration: give e.g. "
          + "90s, 10m or 1h");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }

  private static long count(String key, String text, long otherwise) {
    if (text == null) {
      return otherwise;
    }
    if (!text.trim().matches("[0-9]{1,15}")) {
      throw new ConfigurationException(key + " '" + text + "' is not a whole number of 0 or more");
    }
    return Long.parseLong(text.trim());
  }
}
