package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads {@code results.jsonl} back.
 *
 * <pre>{@code
 * List<CheckResult> results = Results.read(Path.of("target/imkit/results.jsonl"));
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class Results {
  /** The file name the listener writes in its directory. */
  public static final String FILE_NAME = "results.jsonl";

  private Results() {
  }

  /**
   * The records of a results file, or of the {@code results.jsonl} in a directory. A last line cut short (the run
   * was killed while writing it) is dropped; blank lines are ignored.
   *
   * @throws IllegalArgumentException naming the file and line, if any other line is not a check record, or the
   *     file holds no check record at all (it is not a results file)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<CheckResult> read(Path path) {
    Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
    List<String> lines = lines(file);
    List<CheckResult> results = new ArrayList<>();
    IllegalArgumentException last = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        results.add(CheckResult.fromJson(line));
      } catch (IllegalArgumentException e) {
        last = new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
        if (i < lines.size() - 1) {
          throw last;
        }
      }
    }
    if (results.isEmpty()) {
      throw last != null ? last : new IllegalArgumentException(file + " holds no check record: it is not the "
          + FILE_NAME + " of a run");
    }
    return List.copyOf(results);
  }

  private static List<String> lines(Path file) {
    try {
      return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read results " + file + ": " + e.getMessage(), e);
    }
  }
}
