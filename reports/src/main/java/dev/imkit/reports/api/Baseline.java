package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The checks a target is known to fail: a text file of check IDs, one per line, {@code #} starting a comment.
 * With a baseline, CI fails only on new failures.
 *
 * <pre>{@code
 * Baseline known = Baseline.read(Path.of("imkit-baseline.txt"));
 * BaselineComparison c = known.compare(results);
 * if (!c.newFailures().isEmpty()) { ... }
 * Baseline.of(c.stillFailing()).write(Path.of("imkit-baseline.txt"));   // accept the current state
 * }</pre>
 */
@API(status = STABLE)
public final class Baseline {
  private final Set<String> ids;

  private Baseline(Set<String> ids) {
    this.ids = ids;
  }

  /** A baseline of these check IDs. */
  public static Baseline of(Collection<String> checkIds) {
    return new Baseline(new TreeSet<>(checkIds));
  }

  /** The baseline listing every check that failed in {@code results} (FAIL or KNOWN). */
  public static Baseline ofFailures(List<CheckResult> results) {
    return of(results.stream().filter(r -> r.status() == CheckStatus.FAIL || r.status() == CheckStatus.KNOWN)
        .map(CheckResult::id).toList());
  }

  /**
   * Reads a baseline file: one check ID per line; blank lines and text after {@code #} are ignored.
   *
   * @throws IllegalArgumentException naming the line, if a line holds more than one word
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Baseline read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline " + file + ": " + e.getMessage(), e);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String id = (line.contains("#") ? line.substring(0, line.indexOf('#')) : line).strip();
      if (id.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("baseline " + file + " line " + (i + 1)
            + ": expected one check ID, found '" + id + "'");
      }
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return of(ids);
  }

  /** Writes this baseline, one ID per line in sorted order, under a comment saying what the file is. */
  public void write(Path file) {
    List<String> lines = new ArrayList<>();
    lines.add("# imkit baseline: checks this target is known to fail (one check ID per line)");
    lines.addAll(ids);
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write baseline " + file + ": " + e.getMessage(), e);
    }
  }

  /** The known failing check IDs, sorted. */
  public Set<String> checkIds() {
    return Set.copyOf(ids);
  }

  /** Whether {@code checkId} is a known failure. */
  public boolean contains(String checkId) {
    return ids.contains(checkId);
  }

  /** Sorts the failures of {@code results} into new and known ones, and finds the known failures now fixed. */
  public BaselineComparison compare(List<CheckResult> results) {
    List<String> newFailures = new ArrayList<>();
    List<String> known = new ArrayList<>();
    Set<String> passed = new TreeSet<>();
    for (CheckResult r : results) {
      boolean failing = r.status() == CheckStatus.FAIL || r.status() == CheckStatus.KNOWN;
      if (failing && ids.contains(r.id())) {
        known.add(r.id());
      } else if (failing) {
        newFailures.add(r.id());
      } else if (r.status() == CheckStatus.PASS && ids.contains(r.id())) {
        passed.add(r.id());
      }
    }
    return new BaselineComparison(newFailures, known, List.copyOf(passed));
  }

  @Override
  public String toString() {
    return "Baseline" + ids;
  }
}
