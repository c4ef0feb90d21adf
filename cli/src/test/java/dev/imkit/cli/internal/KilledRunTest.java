package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Results;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imkit run} killed (SIGKILL) halfway: its results render as an incomplete run, which does not pass. */
class KilledRunTest {
  @TempDir
  Path dir;

  @Test
  void aRunKilledHalfwayRendersAsIncomplete() throws Exception {
    Path reports = dir.resolve("reports");
    Process run = start(reports);
    try {
      waitForLines(reports.resolve(Results.FILE_NAME), 5, run);
    } finally {
      run.destroyForcibly();
      run.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(Files.readString(reports.resolve("run.json"))).contains("\"finished\":false");
    int recorded = Results.read(reports).size();

    Cli.Outcome report = Cli.run("report", reports.resolve(Results.FILE_NAME).toString());

    assertThat(report.exitCode()).as("an incomplete run does not pass: " + report.err()).isEqualTo(1);
    assertThat(Files.readString(reports.resolve("report.html")))
        .contains("INCOMPLETE RUN (killed or interrupted): " + recorded + " checks recorded", "imkit run --seed 5")
        .doesNotContain("<h1>PASS</h1>");
  }

  /** The CLI in a JVM of its own, on the test class path, running every check against the embedded emulator. */
  private Process start(Path reports) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", classPath, Main.class.getName(), "run", "--seed", "5", "--report-dir",
        reports.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
  }

  private void waitForLines(Path results, int lines, Process run) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (newlines(results) < lines) {
      assertThat(run.isAlive()).as("the run ended before it was killed: " + console()).isTrue();
      assertThat(System.nanoTime()).as("no %d results in 120 s: %s", lines, console()).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  /** Counted in bytes: the file may end in the middle of a character. */
  private static long newlines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(file);
    long count = 0;
    for (byte b : bytes) {
      count += b == '\n' ? 1 : 0;
    }
    return count;
  }

  private String console() throws IOException {
    return Files.readString(dir.resolve("console.txt"));
  }
}
