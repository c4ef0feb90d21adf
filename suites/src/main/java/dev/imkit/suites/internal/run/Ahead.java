package dev.imkit.suites.internal.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs tasks that are taken in order, each once. A task marked alongside may start before its turn, while those
 * before it still run, up to {@code parallel} at once, in order; a task that is not runs alone, on the taker's
 * thread, once every task before it has ended and before any after it starts. So what is taken comes in order,
 * whatever ran at the same time. Tasks may run up to {@link #AHEAD} places past the one taken: one long task
 * holds back only the taking, not the running.
 */
final class Ahead<T> {
  /** How far past the task taken tasks may start (their results wait in memory for their turn). */
  static final int AHEAD = 16;

  private final List<Boolean> alongside;
  private final int parallel;
  private final IntFunction<T> task;
  /** The tasks started before their turn (only the taking thread touches this). */
  private final Map<Integer, Future<T>> started = new HashMap<>();
  /** The first task not started yet. */
  private int next;
  private ThreadPoolExecutor pool;

  Ahead(List<Boolean> alongside, int parallel, IntFunction<T> task) {
    this.alongside = List.copyOf(alongside);
    this.parallel = parallel;
    this.task = task;
  }

  /** The result of task {@code i}, the next in order: run now, or awaited when it started earlier. */
  T take(int i) throws InterruptedException {
    next = Math.max(next, i);
    if (parallel <= 1 || !alongside.get(i)) {
      // nothing after i has started: starting ahead stops at the first task that is not alongside
      next = i + 1;
      return task.apply(i);
    }
    int end = Math.min(alongside.size(), i + AHEAD);
    for (; next < end && alongside.get(next); next++) {
      int k = next;
      started.put(k, pool().submit(() -> task.apply(k)));
    }
    try {
      return started.remove(i).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** {@code parallel} threads that take the started tasks in order; they end a second after the last task. */
  private ThreadPoolExecutor pool() {
    if (pool == null) {
      pool = new ThreadPoolExecutor(parallel, parallel, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "imkit-checks");
        t.setDaemon(true);
        return t;
      });
      pool.allowCoreThreadTimeOut(true);
    }
    return pool;
  }
}
