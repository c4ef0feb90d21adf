package dev.imkit.suites.internal.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs tasks that are taken in order, each once. A task marked alongside may start before its turn, while those
 * before it still run, up to {@code parallel} at once; a task that is not runs alone, on the taker's thread, once
 * every task before it has ended and before any after it starts. So what is taken comes in order, whatever
 * ran at the same time.
 */
final class Ahead<T> {
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "imkit-checks");
    t.setDaemon(true);
    return t;
  });

  private final List<Boolean> alongside;
  private final int parallel;
  private final IntFunction<T> task;
  /** The tasks started before their turn (only the taking thread touches this). */
  private final Map<Integer, Future<T>> started = new HashMap<>();

  Ahead(List<Boolean> alongside, int parallel, IntFunction<T> task) {
    this.alongside = List.copyOf(alongside);
    this.parallel = parallel;
    this.task = task;
  }

  /** The result of task {@code i}, the next in order: run now, or awaited when it started earlier. */
  T take(int i) throws InterruptedException {
    if (parallel <= 1 || !alongside.get(i)) {
      // nothing after i has started: starting ahead stops at the first task that is not alongside
      return task.apply(i);
    }
    for (int j = i; j < Math.min(alongside.size(), i + parallel) && alongside.get(j); j++) {
      started.computeIfAbsent(j, k -> POOL.submit(() -> task.apply(k)));
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
}
