package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.RunInfo;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's records go: nowhere until the first check's own record, then into the folder the run claims
 * ({@code results.jsonl}, and {@code run.json} unfinished). Records of tests that published none (a check class
 * that could not start) wait until then, and are dropped if no check ever ends, so a run that cannot start
 * touches nothing.
 */
public final class ResultsWriter {
  public static final String RUN_JSON = "run.json";
  private final ReportFolder folder;
  private final List<CheckResult> pending = new ArrayList<>();
  private final List<CheckResult> records = new ArrayList<>();
  private ResultsFile file;
  private boolean claimed;
  private String problem = "";

  public ResultsWriter(ReportFolder folder) {
    this.folder = folder;
  }

  /** Appends the record (claiming the folder first if it is the first check's); returns the records written. */
  public synchronized List<CheckResult> write(CheckResult result, RunInfo run) {
    if (!problem.isEmpty()) {
      return List.of();
    }
    if (file == null && result.category() == null) {
      pending.add(result);
      return List.of();
    }
    List<CheckResult> written = new ArrayList<>();
    if (file == null) {
      try {
        folder.claim();
      } catch (UncheckedIOException e) {
        // the JUnit Platform only logs a listener's exceptions: keep why, write nothing, touch nothing
        problem = e.getMessage();
        return List.of();
      }
      claimed = true;
      file = ResultsFile.create(folder);
      if (run != null) {
        folder.write(RUN_JSON, run.toJson());
      }
      written.addAll(pending);
      pending.clear();
    }
    written.add(result);
    written.forEach(file::append);
    records.addAll(written);
    return written;
  }

  /** The records written so far, in the order of the file: what reading it back gives, without reading it. */
  public synchronized List<CheckResult> records() {
    return List.copyOf(records);
  }

  /** Whether the run claimed the folder and wrote results there. */
  public synchronized boolean wrote() {
    return claimed;
  }

  /** Why nothing could be written, or {@code ""}. */
  public synchronized String problem() {
    return problem;
  }

  public synchronized void close() {
    if (file != null) {
      file.close();
      file = null;
    }
  }
}
