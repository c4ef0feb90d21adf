package dev.imkit.reports.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The files a run writes under fixed names, and how to tell one the kit wrote from a user's file of the same name
 * (a folder written before manifests existed has the kit's files but no list of them).
 */
public final class KitFiles {
  /** Each fixed name, and text the kit's own file of that name holds near its start. */
  private static final Map<String, String> SIGNS = Map.of(
      "results.jsonl", "\"id\":",
      "run.json", "\"target\":",
      "report.html", "<title>imkit ");

  private KitFiles() {
  }

  /** The first file of a fixed name in {@code dir} that the kit did not write, if any. */
  public static Optional<Path> foreign(Path dir, Manifest manifest) {
    return SIGNS.entrySet().stream().map(e -> dir.resolve(e.getKey()))
        .filter(f -> Files.isRegularFile(f) && !manifest.lists(f) && !looksLikeTheKits(f))
        .findFirst();
  }

  private static boolean looksLikeTheKits(Path file) {
    char[] start = new char[4096];
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = in.read(start);
      return n > 0 && new String(start, 0, n).contains(SIGNS.get(file.getFileName().toString()));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
