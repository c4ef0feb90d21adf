package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.BaselineFile;
import dev.imkit.reports.internal.BaselineText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The checks a target is known to fail: a UTF-8 text file of check IDs, one per line, {@code #} starting a
 * comment (the reason). With a baseline, CI fails only on new failures. This is the kit's one reader of the
 * format: the suites, the CLI and the reports all use it.
 *
 * <pre>{@code
 * Baseline known = Baseline.read(Path.of("imkit-baseline.txt"));
 * BaselineComparison c = known.compare(results);
 * known.unknown(allCheckIds);                                   // entries naming no check, with their lines
 * Files.writeString(file, Baseline.text(results));              // accept the current state, reasons as comments
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class Baseline {
  private final Path source;
  private final Map<String, Integer> lines;

  private Baseline(Path source, Map<String, Integer> lines) {
    this.source = source;
    this.lines = lines;
  }

  /** A baseline of these check IDs. */
  public static Baseline of(Collection<String> checkIds) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    new TreeSet<>(checkIds).forEach(id -> lines.put(id, 0));
    return new Baseline(null, lines);
  }

  /** The baseline listing every check that failed in {@code results} (FAIL or KNOWN). */
  public static Baseline ofFailures(List<CheckResult> results) {
    return of(results.stream().filter(r -> r.status() == CheckStatus.FAIL || r.status() == CheckStatus.KNOWN)
        .map(CheckResult::id).toList());
  }

  /**
   * Reads a baseline file: one check ID per line; blank lines and text after {@code #} are ignored.
   *
   * @throws IllegalArgumentException naming the file and line, if a line holds more than one word or the file
   *     is not UTF-8 text
   * @throws UncheckedIOException naming the file, if it cannot be read
   */
  public static Baseline read(Path file) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    BaselineFile.read(file).forEach(l -> lines.putIfAbsent(l.id(), l.number()));
    return new Baseline(file, lines);
  }

  /**
   * The baseline of a run as text: every failing check (new or known), and every blocked check that no failure
   * accounts for, one per line, each with its message as the reason ({@code ID  # reason}).
   */
  public static String text(List<CheckResult> results) {
    return BaselineText.of(results);
  }

  /** Writes this baseline, one ID per line in sorted order, under a comment saying what the file is. */
  public void write(Path file) {
    List<String> out = new ArrayList<>();
    out.add("# imkit baseline: checks this target is known to fail (one check ID per line)");
    out.addAll(new TreeSet<>(lines.keySet()));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write baseline " + file + ": " + e.getMessage(), e);
    }
  }

  /** The known failing check IDs. */
  public Set<String> checkIds() {
    return Set.copyOf(lines.keySet());
  }

  /** Whether {@code checkId} is a known failure. */
  public boolean contains(String checkId) {
    return lines.containsKey(checkId);
  }

  /**
   * The entries naming no check of {@code knownIds} (a typo, or a check the kit no longer has), each as
   * {@code file line N: ID}.
   */
  public List<String> unknown(Collection<String> knownIds) {
    Set<String> known = Set.copyOf(knownIds);
    return lines.entrySet().stream().filter(e -> !known.contains(e.getKey()))
        .map(e -> (source == null ? "" : source + " line " + e.getValue() + ": ") + e.getKey()).toList();
  }

  /** The results with failures this baseline lists as KNOWN, and KNOWN failures it does not list as FAIL. */
  public List<CheckResult> apply(List<CheckResult> results) {
    return results.stream().map(this::reclassify).toList();
  }

  private CheckResult reclassify(CheckResult r) {
    if (r.status() == CheckStatus.FAIL && contains(r.id())) {
      return r.withStatus(CheckStatus.KNOWN, r.message());
    }
    if (r.status() == CheckStatus.KNOWN && !contains(r.id())) {
      return r.withStatus(CheckStatus.FAIL, r.message());
    }
    return r;
  }

  /**
   * Sorts the failures of {@code results} into new and known ones, and finds the stale entries: known failures
   * whose checks now pass.
   */
  public BaselineComparison compare(List<CheckResult> results) {
    List<String> newFailures = new ArrayList<>();
    List<String> known = new ArrayList<>();
    Set<String> passed = new TreeSet<>();
    for (CheckResult r : results) {
      boolean failing = r.status() == CheckStatus.FAIL || r.status() == CheckStatus.KNOWN;
      if (failing && contains(r.id())) {
        known.add(r.id());
      } else if (failing) {
        newFailures.add(r.id());
      } else if (r.status() == CheckStatus.PASS && contains(r.id())) {
        passed.add(r.id());
      }
    }
    return new BaselineComparison(newFailures, known, List.copyOf(passed));
  }

  @Override
  public String toString() {
    return "Baseline" + lines.keySet();
  }
}
