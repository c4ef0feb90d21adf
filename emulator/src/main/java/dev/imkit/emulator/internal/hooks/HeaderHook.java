package dev.imkit.emulator.internal.hooks;

import java.util.List;
import java.util.Map;

/** Headers: the headers of every answer (request id, content type, error type), before they are sent. */
@FunctionalInterface
public interface HeaderHook {

  /** Changes the answer's headers, by name, in place. */
  void adjust(Map<String, String> headers);

  /** Every hook in order. */
  static HeaderHook chain(List<HeaderHook> hooks) {
    return headers -> hooks.forEach(h -> h.adjust(headers));
  }
}
