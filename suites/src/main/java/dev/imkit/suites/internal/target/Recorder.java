package dev.imkit.suites.internal.target;

import dev.imkit.suites.api.Exchange;
import java.util.ArrayList;
import java.util.List;

/** The exchanges of the check running on this thread, for its failure message and its report record. */
public final class Recorder {
  private static final int KEPT = 50;
  private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

  private Recorder() {
  }

  /** What one check sent: how many requests, and the last {@value #KEPT} exchanges. */
  public record Recording(List<Exchange> last, int[] count) {
    public int requests() {
      return count[0];
    }
  }

  /** Starts recording for a check on this thread. */
  public static void begin() {
    CURRENT.set(new Recording(new ArrayList<>(), new int[1]));
  }

  /** Stops recording and returns what was recorded. */
  public static Recording end() {
    Recording recorded = CURRENT.get();
    CURRENT.remove();
    return recorded == null ? new Recording(List.of(), new int[1]) : recorded;
  }

  /** The recording of this thread's check, if any, to {@link #adopt} on threads that work for it. */
  public static Recording current() {
    return CURRENT.get();
  }

  /** Records this thread's exchanges into {@code recording} (a check's, judged here on its behalf). */
  public static void adopt(Recording recording) {
    CURRENT.set(recording);
  }

  static void record(Exchange exchange) {
    Recording recorded = CURRENT.get();
    if (recorded != null) {
      synchronized (recorded) {
        recorded.count[0]++;
        if (recorded.last.size() == KEPT) {
          recorded.last.remove(0);
        }
        recorded.last.add(exchange);
      }
    }
  }
}
