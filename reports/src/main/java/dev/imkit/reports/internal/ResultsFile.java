package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ReportFolder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
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
      // a character no UTF-8 file can hold is replaced, never a failed write that leaves half a line behind
      CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      ResultsFile results = new ResultsFile(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
          utf8)));
      folder.wrote(file);
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public synchronized void append(CheckResult result) {
    try {
      out.write(result.toJson() + "\n");
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
