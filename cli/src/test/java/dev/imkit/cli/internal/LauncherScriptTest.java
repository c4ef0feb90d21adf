package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code imkit} launcher at the repository root, run by bash in a copy of the repository's shape, with a
 * stand-in {@code mvn} on the PATH that "builds" a jar of {@link LauncherProbe}: it builds when the jar is
 * missing or older than a source, not otherwise, and works from any directory.
 */
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("..", "imkit").toAbsolutePath().normalize();
  @TempDir
  Path tmp;
  private Path root;
  private Path source;

  @BeforeEach
  void repository() throws IOException {
    root = Files.createDirectories(tmp.resolve("repo"));
    Files.copy(SCRIPT, root.resolve("imkit"));
    root.resolve("imkit").toFile().setExecutable(true);
    Path old = Files.writeString(root.resolve("pom.xml"), "<project/>");
    source = Files.createDirectories(root.resolve("cli/src/main/java")).resolve("A.java");
    Files.writeString(source, "class A {}");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(3600)));
    Path built = probeJar(tmp.resolve("built.jar"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.writeString(bin.resolve("mvn"), "#!/usr/bin/env bash\necho \"$PWD $*\" >> " + tmp.resolve("mvn.log")
        + "\necho \"$MAVEN_OPTS\" > " + tmp.resolve("maven-opts.txt")
        + "\nprintf '[INFO] Scanning for projects...\\n[INFO] Building imkit 0.1.0-SNAPSHOT      [1/2]\\n'"
        + "\nprintf '\\033[0m[INFO] Building imkit cli 0.1.0-SNAPSHOT  [2/2]\\n[INFO] BUILD SUCCESS\\n\\033[0m'"
        + "\nmkdir -p cli/target && cp " + built + " cli/target/imkit.jar\n");
    bin.resolve("mvn").toFile().setExecutable(true);
  }

  private record Result(int code, String out, String err) {
  }

  private Result launch(String... args) throws IOException, InterruptedException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    ProcessBuilder pb = new ProcessBuilder(concat(List.of("bash", root.resolve("imkit").toString()), args))
        .directory(elsewhere.toFile());
    pb.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int code = p.waitFor();
    return new Result(code, Files.readString(out), Files.readString(err));
  }

  private List<String> builds() throws IOException {
    Path log = tmp.resolve("mvn.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  @Test
  void buildsOnFirstUseThenRunsTheJarFromAnyDirectory() throws Exception {
    Result first = launch("run", "--only", "X");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("building imkit (first run)…");
    assertThat(first.out()).contains("args: run --only X").contains("cwd: " + tmp.resolve("elsewhere"));
    assertThat(builds())
        .containsExactly(root + " -B -ntp -Dstyle.color=never -Dmaven.test.skip=true -pl cli -am package");
    // progress, one line per module, and nothing of Maven's own output (colour codes included) on stderr
    assertThat(first.err()).containsPattern("\\[1/2] imkit \\(\\d+ s\\)\n  \\[2/2] imkit cli \\(\\d+ s\\)\nbuilt in")
        .doesNotContain("\u001b").doesNotContain("[INFO]");
    assertThat(Files.readString(tmp.resolve("maven-opts.txt"))).contains("-Djansi.noreset=true");

    Result second = launch("checks");
    assertThat(second.err()).doesNotContain("building");
    assertThat(second.out()).contains("args: checks");
    assertThat(builds()).hasSize(1);
  }

  @Test
  void rebuildsWhenASourceIsNewerThanTheJar() throws Exception {
    launch();
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
    Result again = launch("revisions");
    assertThat(again.err()).contains("building imkit");
    assertThat(builds()).hasSize(2);
  }

  @Test
  void aFailedBuildShowsTheEndOfMavensLogAndExitsTwo() throws Exception {
    Files.writeString(tmp.resolve("bin/mvn"), "#!/usr/bin/env bash\necho '[ERROR] cannot compile A.java'\nexit 1\n");
    Result failed = launch("run");
    assertThat(failed.code()).isEqualTo(2);
    assertThat(failed.err()).contains("imkit: the build failed").contains("[ERROR] cannot compile A.java");
    assertThat(failed.out()).isEmpty();
  }

  private static List<String> concat(List<String> head, String... tail) {
    return Stream.concat(head.stream(), Arrays.stream(tail)).toList();
  }

  /** A runnable jar holding only {@link LauncherProbe}. */
  private static Path probeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }
}
