package dev.imkit.suites.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AheadTest {
  /** Tasks that each hold for a moment and note how many ran at once, and the largest such number seen. */
  private static final class Tasks {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final List<Integer> overlapping = java.util.Collections.synchronizedList(new ArrayList<>());

    String run(int i) {
      int now = running.incrementAndGet();
      most.accumulateAndGet(now, Math::max);
      if (now > 1) {
        overlapping.add(i);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return "task " + i;
    }
  }

  @Test
  void resultsComeInOrderAndAlongsideTasksRunUpToTheLimitAtOnce() throws InterruptedException {
    Tasks tasks = new Tasks();
    Ahead<String> ahead = new Ahead<>(List.of(true, true, true, true, true, true), 3, tasks::run);
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      taken.add(ahead.take(i));
    }
    assertThat(taken).containsExactly("task 0", "task 1", "task 2", "task 3", "task 4", "task 5");
    assertThat(tasks.most.get()).isBetween(2, 3);
  }

  @Test
  void aTaskNotAlongsideRunsAloneOnTheTakersThread() throws InterruptedException {
    Tasks tasks = new Tasks();
    List<Boolean> alongside = List.of(true, true, false, true, true, false, true);
    List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
    Ahead<String> ahead = new Ahead<>(alongside, 4, i -> {
      threads.add(Thread.currentThread());
      return tasks.run(i);
    });
    for (int i = 0; i < alongside.size(); i++) {
      ahead.take(i);
      if (!alongside.get(i)) {
        assertThat(threads.get(threads.size() - 1)).isSameAs(Thread.currentThread());
      }
    }
    // the two alone never overlapped anything, nothing started across them, and the others did overlap
    assertThat(tasks.overlapping).doesNotContain(2, 5, 6).isNotEmpty();
  }

  @Test
  void oneAtATimeRunsEveryTaskOnTheTakersThread() throws InterruptedException {
    Tasks tasks = new Tasks();
    Ahead<Thread> ahead = new Ahead<>(List.of(true, true, true), 1, i -> {
      tasks.run(i);
      return Thread.currentThread();
    });
    for (int i = 0; i < 3; i++) {
      assertThat(ahead.take(i)).isSameAs(Thread.currentThread());
    }
    assertThat(tasks.most.get()).isEqualTo(1);
  }

  @Test
  void aTaskStartedAheadRunsWhileTheOneBeforeItWaits() throws InterruptedException {
    // task 0 waits for task 1 to have started: it ends only because task 1 runs alongside it
    CountDownLatch secondStarted = new CountDownLatch(1);
    Ahead<Boolean> ahead = new Ahead<>(List.of(true, true), 2, i -> {
      if (i == 1) {
        secondStarted.countDown();
        return true;
      }
      try {
        return secondStarted.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    });
    assertThat(ahead.take(0)).isTrue();
    assertThat(ahead.take(1)).isTrue();
  }

  @Test
  void aLongTaskHoldsBackOnlyTheTakingNotTheTasksAfterIt() throws InterruptedException {
    // task 0 ends only once tasks 1 to 3 have ended: they run (one at a time, beside it) while it waits
    CountDownLatch laterEnded = new CountDownLatch(3);
    Tasks tasks = new Tasks();
    Ahead<Boolean> ahead = new Ahead<>(List.of(true, true, true, true, true), 2, i -> {
      if (i == 0) {
        try {
          return laterEnded.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      tasks.run(i);
      laterEnded.countDown();
      return true;
    });
    for (int i = 0; i < 5; i++) {
      assertThat(ahead.take(i)).as("task " + i).isTrue();
    }
    // beside the long one, one more at a time: the limit holds
    assertThat(tasks.most.get()).isEqualTo(1);
  }

  @Test
  void tasksStartNoFurtherAheadThanTheWindow() throws InterruptedException {
    List<Integer> ran = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch release = new CountDownLatch(1);
    int n = Ahead.AHEAD + 10;
    Ahead<Integer> ahead = new Ahead<>(java.util.Collections.nCopies(n, true), 2, i -> {
      if (i == 0) {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      ran.add(i);
      return i;
    });
    Thread taker = new Thread(() -> {
      try {
        ahead.take(0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    taker.start();
    // while task 0 holds, the others within the window run and no task past it starts
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (ran.size() < Ahead.AHEAD - 1 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(50);
    assertThat(ran).hasSize(Ahead.AHEAD - 1).allMatch(i -> i > 0 && i < Ahead.AHEAD);
    release.countDown();
    taker.join(10_000);
    for (int i = 1; i < n; i++) {
      assertThat(ahead.take(i)).isEqualTo(i);
    }
    assertThat(ran).hasSize(n);
  }
}
