package dev.imkit.suites.internal.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Which work runs beside other sequences and which alone: sequences run together (each holds the read lock);
 * shrinking, and the sequences that change the account's replication set, run alone (the write lock), the latter
 * queued and run in batches so the others seldom wait. Alone, a sequence meets only what it makes (and the
 * backdrop), as its replay will.
 */
final class Alone {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final List<Long> queue = new ArrayList<>();
  private final LongConsumer run;

  /** {@code run} runs one queued sequence (called alone). */
  Alone(LongConsumer run) {
    this.run = run;
  }

  <T> T together(Supplier<T> body) {
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  <T> T alone(Supplier<T> body) {
    lock.writeLock().lock();
    try {
      return body.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Queues sequence {@code n} ({@code -1}: none) and, once {@code batch} wait, runs them alone. */
  void later(long n, int batch) {
    List<Long> due;
    synchronized (queue) {
      if (n >= 0) {
        queue.add(n);
      }
      if (queue.isEmpty() || queue.size() < batch) {
        return;
      }
      due = List.copyOf(queue);
      queue.clear();
    }
    alone(() -> {
      due.forEach(run::accept);
      return null;
    });
  }
}
