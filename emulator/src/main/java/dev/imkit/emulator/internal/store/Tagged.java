package dev.imkit.emulator.internal.store;

import java.util.Map;

/** A resource that carries tags; immutable, so a change of tags makes a copy. */
public interface Tagged<T extends Tagged<T>> {

  /** The tags, in the order they were added. */
  Map<String, String> tags();

  /** A copy with these tags. */
  T withTags(Map<String, String> tags);
}
