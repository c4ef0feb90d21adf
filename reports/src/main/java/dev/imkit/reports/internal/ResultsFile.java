package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
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

  /** Creates {@code directory} if missing and makes sure it can be written, so a run does not start in vain. */
  public static void prepare(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the results directory " + directory + ": " + e, e);
    }
    if (!Files.isWritable(directory)) {
      throw new UncheckedIOException(new IOException("the results directory " + directory + " is not writable"));
    }
  }

  /** Starts a fresh file in {@code directory} (created if missing), replacing an earlier run's. */
  public static ResultsFile create(Path directory) {
    try {
      Files.createDirectories(directory);
      return new ResultsFile(Files.newBufferedWriter(directory.resolve(NAME), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory.resolve(NAME) + ": " + e.getMessage(), e);
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
