package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One of {@code count} deterministic slices of a run ({@code imkit.shard=K/N}, K from 1): a check belongs to the
 * slice its ID hashes to, an exploration sequence to the slice of its number. Every machine of a CI matrix computes
 * the same split, so the shards of one run hold every check (or sequence) exactly once.
 *
 * <pre>{@code
 * Shard.parse("2/3").includes("VAL-ENUM-StartIncident-impact");   // the same answer on every machine
 * }</pre>
 *
 * @param index which slice, from 1 to {@code count}
 * @param count how many slices
 */
@API(status = EXPERIMENTAL)
public record Shard(int index, int count) {
  /** The whole run: one slice. */
  public static final Shard ALL = new Shard(1, 1);

  /** Checks the bounds. */
  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new ConfigurationException("imkit.shard " + index + "/" + count + " is not a shard: give K/N with "
          + "1 <= K <= N, e.g. 2/4 for the second of four");
    }
  }

  /** The shard written {@code K/N}, e.g. {@code 2/4}; a {@link ConfigurationException} for anything else. */
  public static Shard parse(String text) {
    String[] parts = text.trim().split("/", -1);
    if (parts.length == 2 && parts[0].matches("[0-9]{1,6}") && parts[1].matches("[0-9]{1,6}")) {
      return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
    throw new ConfigurationException("imkit.shard '" + text + "' is not K/N: give e.g. 2/4 for the second of four "
        + "shards");
  }

  /** Whether the check with this ID runs in this shard (its ID's hash, mixed so that similar IDs spread). */
  public boolean includes(String checkId) {
    return count == 1 || Math.floorMod(mix(checkId.hashCode()), count) == index - 1;
  }

  /** Whether the exploration sequence with this number (from 0) runs in this shard. */
  public boolean includes(long sequence) {
    return Math.floorMod(sequence, (long) count) == index - 1;
  }

  /** Whether this is the whole run. */
  public boolean isAll() {
    return count == 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }

  /** MurmurHash3's finalizer: {@link String#hashCode()} is stable across JVMs but clusters similar strings. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
