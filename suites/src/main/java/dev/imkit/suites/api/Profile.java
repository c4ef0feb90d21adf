package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Which checks a run includes. */
@API(status = EXPERIMENTAL)
public enum Profile {
  /** Every check except the SECURITY ones. */
  FULL,
  /** The first check of each category and kind: a few seconds, for every CI commit. */
  SMOKE,
  /** Only checks that make read calls (list, get) and judge their answers: nothing is created. */
  READONLY,
  /** Every check, the SECURITY ones included (the target must verify signatures). */
  SECURITY;

  /** The profile named {@code name} (any case). */
  public static Profile named(String name) {
    for (Profile p : values()) {
      if (p.name().equalsIgnoreCase(name.trim())) {
        return p;
      }
    }
    throw new ConfigurationException("unknown profile '" + name + "': use one of "
        + Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }
}
