package dev.imkit.suites.internal.session;

import dev.imkit.reports.api.ExchangeRecord.Role;
import dev.imkit.suites.api.Exchange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * The exchanges of the check running on this thread, in order and with why each was sent, for its failure and
 * its report record. A property check records each example in a child recording, so a failure carries the
 * calls of its own example; everything recorded also reaches the parents.
 */
public final class Recorder {
  /** The first calls are kept (fixtures, controls) and the latest ones (where a check usually fails). */
  private static final int FIRST = 10;
  private static final int LAST = 40;
  private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<Role> ROLE = new ThreadLocal<>();

  private Recorder() {
  }

  /** One exchange and why it was sent. */
  public record Entry(Exchange exchange, Role role) {
  }

  /** What one check (or one example of it) sent: how many requests, and its first and latest exchanges. */
  public static final class Recording {
    private final Recording parent;
    private final String check;
    private final List<Entry> first = new ArrayList<>();
    private final Deque<Entry> last = new ArrayDeque<>();
    private final List<String> notes = new ArrayList<>();
    private int requests;

    Recording(Recording parent) {
      this(parent, parent == null ? null : parent.check);
    }

    private Recording(Recording parent, String check) {
      this.parent = parent;
      this.check = check;
    }

    /** How many requests were sent (controls sent earlier in the run and added here are not counted). */
    public synchronized int requests() {
      return requests;
    }

    /** The kept entries in the order sent. */
    public synchronized List<Entry> entries() {
      List<Entry> all = new ArrayList<>(first);
      all.addAll(last);
      return all;
    }

    /** What the calls noted for the check's record (a wait for a resource to show), in order. */
    public synchronized List<String> notes() {
      return List.copyOf(notes);
    }

    /** The kept exchanges in the order sent. */
    public List<Exchange> exchanges() {
      return entries().stream().map(Entry::exchange).toList();
    }

    /** Whether this recording already keeps {@code exchange} (an attached fixture is shown once). */
    synchronized boolean holds(Exchange exchange) {
      return first.stream().anyMatch(e -> e.exchange() == exchange)
          || last.stream().anyMatch(e -> e.exchange() == exchange);
    }

    private void add(Entry entry, boolean sent) {
      for (Recording r = this; r != null; r = r.parent) {
        synchronized (r) {
          if (sent) {
            r.requests++;
          }
          if (r.first.size() < FIRST) {
            r.first.add(entry);
          } else {
            if (r.last.size() == LAST) {
              r.last.removeFirst();
            }
            r.last.addLast(entry);
          }
        }
      }
    }
  }

  /** Starts recording for the check {@code checkId} on this thread. */
  public static void begin(String checkId) {
    CURRENT.set(new Recording(null, checkId));
  }

  /** The check whose recording this thread records into, if any (none for the run's own calls). */
  public static java.util.Optional<String> currentCheck() {
    Recording r = CURRENT.get();
    return r == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(r.check);
  }

  /** Stops recording and returns what was recorded. */
  public static Recording end() {
    Recording recorded = CURRENT.get();
    CURRENT.remove();
    return recorded == null ? new Recording(null) : recorded;
  }

  /** The recording of this thread's check, if any, to {@link #adopt} on threads that work for it. */
  public static Recording current() {
    return CURRENT.get();
  }

  /** Records this thread's exchanges into {@code recording} (a check's, judged here on its behalf). */
  public static void adopt(Recording recording) {
    CURRENT.set(recording);
  }

  /**
   * Runs {@code body} in a child of this thread's recording (one example of a property) and returns the child,
   * whose exchanges are the example's own; the parent sees them too.
   */
  public static Recording child(Runnable body) {
    Recording parent = CURRENT.get();
    Recording child = new Recording(parent);
    CURRENT.set(child);
    try {
      body.run();
    } finally {
      CURRENT.set(parent);
    }
    return child;
  }

  /** Runs {@code call}, recording what it sends with {@code role} (a fixture made for the check, a control). */
  public static <T> T as(Role role, Supplier<T> call) {
    Role before = ROLE.get();
    ROLE.set(role);
    try {
      return call.get();
    } finally {
      ROLE.set(before);
    }
  }

  /** Adds a line to the record of the check recording on this thread (and to its parents); none when none is. */
  public static void note(String line) {
    for (Recording r = CURRENT.get(); r != null; r = r.parent) {
      synchronized (r) {
        r.notes.add(line);
      }
    }
  }

  /** Adds an exchange sent earlier in the run (a control the check rests on) to this thread's recording. */
  public static void attach(Exchange exchange, Role role) {
    Recording recorded = CURRENT.get();
    if (recorded != null && !recorded.holds(exchange)) {
      recorded.add(new Entry(exchange, role), false);
    }
  }

  static void record(Exchange exchange) {
    Recording recorded = CURRENT.get();
    if (recorded != null) {
      Role role = ROLE.get();
      recorded.add(new Entry(exchange, role == null ? Role.CHECK : role), true);
    }
  }
}
