package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code imkit.jar} stands alone, as a project that is not written in Java uses it: copied into a
 * folder outside the checkout and run there by the JDK alone (nothing but {@code java} on the PATH, so no Maven;
 * an empty home, so no AWS profile or Maven repository), it runs the checks against its embedded emulator and
 * against an endpoint of its own standalone emulator, and writes its report into that folder. Run by failsafe
 * after the jar is packaged ({@code mvn install}).
 */
class StandaloneJarIT {
  private static final Path JAR = Path.of(System.getProperty("imkit.jar", "target/imkit.jar")).toAbsolutePath();
  private static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @TempDir
  Path tmp;
  private Path folder;
  private Path home;

  @BeforeEach
  void aFolderWithOnlyTheJar() throws IOException {
    folder = Files.createDirectories(tmp.resolve("ci"));
    home = Files.createDirectories(tmp.resolve("home"));
    Files.copy(JAR, folder.resolve("imkit.jar"));
    assertThat(folder.toAbsolutePath().startsWith(Path.of("..").toAbsolutePath().normalize())).as("outside the checkout")
        .isFalse();
  }

  @Test
  void runsTheChecksAgainstItsEmbeddedEmulator() throws Exception {
    Result run = java("run", "--profile", "smoke");
    assertThat(run.code()).as(run.output()).isZero();
    assertThat(run.output()).containsPattern("total +\\d+ +0 +0 ");
    assertThat(folder.resolve("imkit-reports/report.html")).isNotEmptyFile();
    assertThat(folder.resolve("imkit-reports/results.jsonl")).isNotEmptyFile();
  }

  @Test
  void runsTheChecksAgainstAnEndpoint() throws Exception {
    Process emulator = command("emulator", "--port", "0").redirectErrorStream(true).start();
    try {
      String endpoint = endpointOf(emulator);
      Result run = java("run", "--endpoint", endpoint, "--profile", "smoke", "--report-dir", "out");
      assertThat(run.code()).as(run.output()).isZero();
      assertThat(run.output()).contains(endpoint).containsPattern("total +\\d+ +0 +0 ");
      assertThat(folder.resolve("out/report.html")).isNotEmptyFile();
    } finally {
      emulator.destroy();
      emulator.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private record Result(int code, String output) {
  }

  private Result java(String... args) throws IOException, InterruptedException {
    Path log = tmp.resolve("output.txt");
    Process p = command(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("java -jar imkit.jar still running after 5 minutes: " + Files.readString(log));
    }
    return new Result(p.exitValue(), Files.readString(log));
  }

  /** {@code java -jar imkit.jar ARGS} in the folder, with the JDK alone on the PATH and an empty home. */
  private ProcessBuilder command(String... args) {
    List<String> line = new ArrayList<>(List.of(JAVA_BIN.resolve("java").toString(),
        "-Duser.home=" + home, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "imkit.jar"));
    line.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(line).directory(folder.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", JAVA_BIN.toString());
    pb.environment().put("HOME", home.toString());
    return pb;
  }

  private static String endpointOf(Process emulator) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("the standalone emulator ended without saying where it listens");
  }
}
