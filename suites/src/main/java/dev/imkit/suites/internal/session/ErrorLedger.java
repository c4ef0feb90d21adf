package dev.imkit.suites.internal.session;

import dev.imkit.suites.api.Exchange;
import java.util.ArrayList;
import java.util.List;

/**
 * Every error answer the run has seen, and which operations have answered with success, retried ones included (a throttled answer the retries hid is still an
 * answer the target gave), for the checks that judge all of them: how errors are named, their statuses, their
 * bodies. The first {@value #KEPT} are kept, which a run reaches only long after those checks ran.
 */
public final class ErrorLedger {
  static final int KEPT = 4000;
  private final List<Exchange> errors = new ArrayList<>();
  private final java.util.Map<Exchange, String> provokers = new java.util.IdentityHashMap<>();
  private final java.util.Set<String> served = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private long seen;

  /** Notes that {@code operation} answered a call with success. */
  void served(String operation) {
    served.add(operation);
  }

  /** Whether {@code operation} has answered a call of this run with success: the target has it. */
  public boolean hasServed(String operation) {
    return served.contains(operation);
  }

  synchronized void record(Exchange answer) {
    seen++;
    if (errors.size() < KEPT) {
      errors.add(answer);
      Recorder.currentCheck().ifPresent(id -> provokers.put(answer, id));
    }
  }

  /** The error answers kept so far, in the order they came. */
  public synchronized List<Exchange> errors() {
    return List.copyOf(errors);
  }

  /** The check whose call got {@code answer}, if a check's (not the run's own probes and fixtures). */
  public synchronized java.util.Optional<String> provokedBy(Exchange answer) {
    return java.util.Optional.ofNullable(provokers.get(answer));
  }

  /** The first error answer of {@code operation} that the check {@code checkId} provoked, if it ran and got one. */
  public synchronized java.util.Optional<Exchange> provokedAnswer(String checkId, String operation) {
    return errors.stream().filter(e -> e.operation().equals(operation) && checkId.equals(provokers.get(e)))
        .findFirst();
  }

  /** How many error answers the run has seen so far. */
  public synchronized long seen() {
    return seen;
  }
}
