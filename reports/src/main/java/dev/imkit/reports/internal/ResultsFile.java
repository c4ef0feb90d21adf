package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ReportFolder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code results.jsonl} being written: one line per record, flushed at once so a killed run keeps its lines. */
public final class ResultsFile implements AutoCloseable {
  public static final String NAME = "results.jsonl";
  private final BufferedWriter out;

  private ResultsFile(BufferedWriter out) {
    this.out = out;
  }

  /** Starts a fresh file in {@code folder} (claimed by this run), replacing an earlier run's. */
  public static ResultsFile create(ReportFolder folder) {
    Path file = folder.path(NAME);
    try {
      Files.createDirectories(folder.dir());
      ResultsFile results = new ResultsFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
      folder.wrote(file);
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public synchronized void append(CheckResult result) {
    try {
      out.write(result.toJson());
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + NAME + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + NAME + ": " + e.getMessage(), e);
    }
  }
}
