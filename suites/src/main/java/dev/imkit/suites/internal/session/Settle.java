package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Resource;
import dev.imkit.schemas.api.ResourceReference;
import dev.imkit.schemas.api.Resources;
import dev.imkit.suites.api.Exchange;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads that lag writes. The documentation promises no consistency model, so a call naming a resource the run
 * created moments ago that is answered 404 ResourceNotFoundException says nothing yet: it is sent again, after
 * growing pauses, until the resource shows or the settle window since its creation ends, and the check's record
 * notes the wait. Only such calls wait: a target that shows what it creates at once never does. An operation whose
 * miss outlasted the window is judged at once afterwards (the resource is missing, not late), and a resource the run
 * deleted is no longer waited for.
 */
final class Settle {
  private static final String NOT_FOUND = "ResourceNotFoundException";
  private static final long FIRST_PAUSE_NANOS = 25_000_000L;

  private final long windowNanos;
  /** Identifier values of what the run created, with when. */
  private final Map<String, Long> created = new ConcurrentHashMap<>();
  /** Identifier values of what the run deleted: a 404 naming one is the answer, not a lag. */
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();
  /** The operations whose miss outlasted the window. */
  private final Set<String> missing = ConcurrentHashMap.newKeySet();

  Settle(java.time.Duration window) {
    this.windowNanos = window.toNanos();
  }

  /** Notes what a call created (its identifiers as {@link Cleanup#identifiers} gives them). */
  void created(ObjectNode ids) {
    if (windowNanos <= 0) {
      return;
    }
    long now = System.nanoTime();
    ids.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("parent") && !e.getKey().equals("name") && e.getValue().isTextual()) {
        created.put(e.getValue().textValue(), now);
        // made again after a delete (a name reused): its 404 may be a lag again
        deleted.remove(e.getValue().textValue());
      }
    });
    if (created.size() > 100_000) {
      created.values().removeIf(at -> now - at > windowNanos);
    }
  }

  /** Notes an accepted delete: what it removed is not waited for again. */
  void deleted(String operation, ObjectNode input) {
    if (windowNanos <= 0) {
      return;
    }
    for (Resource r : Resources.all()) {
      if (r.delete().operation().equals(operation)) {
        r.delete().input().forEach((pointer, id) -> {
          JsonNode v = input.at(pointer);
          if (!id.equals("parent") && v.isTextual()) {
            deleted.add(v.textValue());
          }
        });
      }
    }
  }

  /**
   * The resource to wait for when {@code answer} is a 404 ResourceNotFoundException: every resource the input
   * refers to is there and is one the run created and has not deleted (a missing, made-up or removed one is what
   * the 404 is about), and one of them is younger than the window (the newest, when several are: the one most
   * likely not to show yet).
   */
  Optional<Fresh> waitFor(String operation, ObjectNode input, Exchange answer) {
    if (windowNanos <= 0 || !misses(answer) || missing.contains(operation)) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    Fresh newest = null;
    for (ResourceReference ref : Resources.references(operation)) {
      if (!Cleanup.creates(Resources.named(ref.resource()).create().operation())) {
        continue;
      }
      JsonNode v = input.at(ref.pointer());
      Long at = v.isTextual() ? created.get(v.textValue()) : null;
      if (at == null || deleted.contains(v.textValue())) {
        return Optional.empty();
      }
      if (now - at < windowNanos && (newest == null || at > newest.createdAt())) {
        newest = new Fresh(v.textValue(), at, at + windowNanos);
      }
    }
    return Optional.ofNullable(newest);
  }

  /**
   * Until when ({@link System#nanoTime()}) the resource {@code id} may still not show: it was created less than the
   * window ago and not deleted.
   */
  Optional<Long> deadline(String id) {
    Long at = id == null ? null : created.get(id);
    if (windowNanos <= 0 || at == null || deleted.contains(id) || System.nanoTime() - at >= windowNanos) {
      return Optional.empty();
    }
    return Optional.of(at + windowNanos);
  }

  /** Whether the answer says the resource is not there: 404 ResourceNotFoundException. */
  static boolean misses(Exchange answer) {
    return answer.status() == 404 && answer.errorType().map(NOT_FOUND::equals).orElse(false);
  }

  /** Whether a miss of {@code operation} is still waited for (none of its misses outlasted the window). */
  boolean waits(String operation) {
    return windowNanos > 0 && !missing.contains(operation);
  }

  /** Notes that {@code operation} still missed a resource when the window ended. */
  void outlasted(String operation) {
    missing.add(operation);
  }

  /**
   * {@code first}, or what {@code again} gives after pauses of 25 ms doubling, until it is {@code shown} or
   * {@code deadline} ({@link System#nanoTime()}) passes: the last one.
   */
  static <T> T until(T first, java.util.function.Supplier<T> again, java.util.function.Predicate<T> shown,
      long deadline) {
    T last = first;
    for (int n = 0; !shown.test(last) && System.nanoTime() < deadline; n++) {
      java.util.concurrent.locks.LockSupport.parkNanos(Math.min(FIRST_PAUSE_NANOS << Math.min(n, 6),
          Math.max(0, deadline - System.nanoTime())));
      last = again.get();
    }
    return last;
  }

  /** A resource the run created, by an identifier: when, and until when a miss of it is waited for. */
  record Fresh(String id, long createdAt, long deadline) {
  }
}
