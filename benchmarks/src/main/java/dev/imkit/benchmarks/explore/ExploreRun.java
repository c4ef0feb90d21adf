package dev.imkit.benchmarks.explore;

import dev.imkit.suites.api.Exploration;
import dev.imkit.suites.api.ExplorationProgress;
import dev.imkit.suites.api.ExplorationResult;
import dev.imkit.suites.api.Settings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The exploration figure: differential exploration against the embedded emulator (target and reference both
 * embedded, each step sent to both and judged) for a while, with no sequence limit. Prints the checked steps per
 * second (both sides included), requests per second, the process CPU time per step (what the rate would be on
 * idle cores, whatever else the machine runs), and the heap after a full GC every {@code sample} seconds, to show
 * memory stays flat over a long run. Settings also come from {@code -Dimkit.*} (e.g. a fault, a revision).
 *
 * <pre>{@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar \
 *   dev.imkit.benchmarks.explore.ExploreRun 60 10}</pre>
 */
public final class ExploreRun {
  private ExploreRun() {
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int sample = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Settings settings = Settings.defaults().with(Settings.SEED, System.getProperty("imkit.seed", "1"))
        .with(Settings.EXPLORE_DURATION, seconds + "s")
        .with(Settings.EMULATOR_FAULTS, System.getProperty("imkit.emulator.faults"))
        .with(Settings.EMULATOR_REVISION, System.getProperty("imkit.emulator.revision"));
    AtomicReference<ExplorationProgress> last = new AtomicReference<>();
    List<String> heap = new ArrayList<>();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Thread sampler = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(sample * 1000L);
          System.gc();
          ExplorationProgress p = last.get();
          long used = memory.getHeapMemoryUsage().getUsed() >> 20;
          synchronized (heap) {
            heap.add(String.format("%5ds %,9d steps %5d MiB", p == null ? 0 : p.elapsed().toSeconds(),
                p == null ? 0 : p.steps(), used));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    long cpu0 = cpu();
    sampler.start();
    ExplorationResult result = Exploration.run(settings, p -> {
      last.set(p);
      System.err.print("\r" + p.line() + "   ");
    });
    long cpu = cpu() - cpu0;
    sampler.interrupt();
    ExplorationProgress p = result.progress();
    System.err.println();
    System.out.printf("exploration, %s, revision %s: %s%n", settings.emulatorFaults().isEmpty() ? "clean emulator"
        : "faults " + settings.emulatorFaults(), result.revision(), p.line());
    System.out.printf("checked steps/s (both sides): %,.0f; requests/s (target + reference): %,.0f%n",
        p.stepsPerSecond(), p.requestsPerSecond());
    System.out.printf("process CPU per step: %.3f ms, so %,.0f steps/s on %d idle cores%n", cpu / 1e6 / p.steps(),
        p.steps() * 1e9 * Runtime.getRuntime().availableProcessors() / cpu,
        Runtime.getRuntime().availableProcessors());
    System.out.println("heap after a full GC:");
    synchronized (heap) {
      heap.forEach(h -> System.out.println("  " + h));
    }
    result.findings().forEach(f -> System.out.println("finding: " + f.id() + " " + f.status()));
    System.exit(0);
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
