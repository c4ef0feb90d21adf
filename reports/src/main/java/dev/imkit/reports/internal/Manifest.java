package dev.imkit.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The list of files the kit wrote in a report folder ({@code .imkit-files}, relative paths), so that it removes
 * only those. A path that leads out of the folder is ignored, whatever the file says.
 */
public final class Manifest {
  public static final String NAME = ".imkit-files";
  private final Path dir;
  private final Path file;
  private Set<Path> entries;

  public Manifest(Path dir) {
    this.dir = dir;
    this.file = dir.resolve(NAME);
  }

  /** Removes the listed files that {@code which} accepts, and their entries. */
  public void removeAll(Predicate<Path> which) {
    Set<Path> kept = new LinkedHashSet<>();
    for (Path p : entries()) {
      if (!which.test(p)) {
        kept.add(p);
        continue;
      }
      try {
        if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + p + " (written by an earlier run): " + e.getMessage(), e);
      }
    }
    entries = kept;
    rewrite();
  }

  /** Whether the kit wrote {@code path}, as the manifest says. */
  public boolean lists(Path path) {
    return entries().contains(path.toAbsolutePath().normalize());
  }

  public void add(Path path) {
    addAll(List.of(path));
  }

  /** Lists the files, appending the new ones to the manifest in one write (a run's Allure results are a thousand). */
  public void addAll(List<Path> paths) {
    StringBuilder lines = new StringBuilder();
    for (Path path : paths) {
      if (path.startsWith(dir) && !path.equals(file) && entries().add(path)) {
        lines.append(dir.relativize(path)).append('\n');
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    try {
      Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private Set<Path> entries() {
    if (entries == null) {
      entries = new LinkedHashSet<>();
      if (Files.isRegularFile(file)) {
        read().stream().filter(l -> !l.isBlank()).map(l -> dir.resolve(l.strip()).normalize())
            .filter(p -> p.startsWith(dir) && !p.equals(file)).forEach(entries::add);
      }
    }
    return entries;
  }

  private List<String> read() {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void rewrite() {
    StringBuilder s = new StringBuilder();
    entries.forEach(p -> s.append(dir.relativize(p)).append('\n'));
    try {
      Files.createDirectories(dir);
      Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
