package dev.imkit.emulator.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers given to client tokens in one partition, so a retried call returns its first answer. Bounded:
 * the oldest tokens are forgotten first (the service, too, keeps tokens for a limited time; a retry comes within
 * seconds, and a long exploration must not keep hundreds of thousands of answers). Not thread-safe: used under
 * the partition's lock.
 */
public final class Idempotency {
  /** How many tokens a partition remembers. */
  public static final int CAPACITY = 10_000;

  /**
   * A remembered answer.
   *
   * @param digest the digest of the input the token came with
   * @param answer the answer given
   */
  public record Entry(String digest, Object answer) {
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The answer remembered for a token of an operation, or {@code null}. */
  public Entry get(String operation, String token) {
    return entries.get(operation + '\n' + token);
  }

  /** Remembers an answer. */
  public void put(String operation, String token, Entry entry) {
    entries.put(operation + '\n' + token, entry);
  }
}
