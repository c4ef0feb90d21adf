package dev.imkit.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Headless Chromium driven from the command line: the DOM after scripts ran, console output, screenshots. */
record Chromium(Path binary, Path workDir) {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");

  /** What a page left behind: its DOM after scripts ran, and every console line it logged. */
  record Load(String dom, List<String> console) {
  }

  /** The binary named by IMKIT_CHROMIUM, else the first of the usual names on the PATH. */
  static Optional<Path> find() {
    Optional<Path> explicit = Optional.ofNullable(System.getenv("IMKIT_CHROMIUM")).map(Path::of)
        .filter(Files::isExecutable);
    if (explicit.isPresent()) {
      return explicit;
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(java.io.File.pathSeparator)).filter(s -> !s.isEmpty())
        .flatMap(dir -> NAMES.stream().map(n -> Path.of(dir, n))).filter(Files::isExecutable).findFirst();
  }

  Load load(String url) throws IOException, InterruptedException {
    return load(url, 1280);
  }

  /** The page laid out in a window {@code width} pixels wide. */
  Load load(String url, int width) throws IOException, InterruptedException {
    Path out = workDir.resolve("dom.html");
    Path err = workDir.resolve("chromium.log");
    run(List.of("--enable-logging=stderr", "--v=0", "--window-size=" + width + ",900", "--dump-dom", url), out, err);
    List<String> console = Files.readAllLines(err).stream().filter(l -> l.contains(":CONSOLE")).toList();
    return new Load(Files.readString(out), console);
  }

  void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
        url), workDir.resolve("shot.out"), workDir.resolve("shot.log"));
  }

  private void run(List<String> args, Path out, Path err) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--user-data-dir=" + workDir.resolve("profile")));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish in 90 s: " + command);
    }
  }
}
