package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.KitFiles;
import dev.imkit.reports.internal.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A folder the kit shares with its user ({@code imkit-reports}, {@code target/imkit}, any {@code --report-dir}):
 * a run replaces the previous run's files only once it has a result to put in their place ({@link #claim()}),
 * and the kit removes only files it wrote, as the folder's manifest ({@code .imkit-files}) lists them. A run that
 * fails to start leaves the folder as it was, byte for byte; the user's own files there are never touched.
 *
 * <pre>{@code
 * ReportFolder folder = ReportFolder.at(Path.of("imkit-reports")).checkWritable();
 * folder.claim();                               // when the first result is in: the previous run's files go
 * folder.write("run.json", info.toJson());      // written and listed as the kit's
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class ReportFolder {
  /** The manifest: the files the kit wrote in this folder, one relative path a line. */
  public static final String MANIFEST = ".imkit-files";
  private final Path dir;
  private final Manifest manifest;
  private boolean claimed;

  private ReportFolder(Path dir) {
    this.dir = dir;
    this.manifest = new Manifest(dir);
  }

  /** The folder at {@code dir}; nothing is created or changed until the kit writes. */
  public static ReportFolder at(Path dir) {
    return new ReportFolder(dir.toAbsolutePath().normalize());
  }

  /**
   * Creates the folder if missing and checks it can be written, so a run does not start in vain.
   *
   * @throws UncheckedIOException naming the folder, if it cannot be created or written
   */
  public ReportFolder checkWritable() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the report folder " + dir + " (" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + ")", e);
    }
    if (!Files.isWritable(dir)) {
      throw new UncheckedIOException(new IOException("the report folder " + dir + " is not writable"));
    }
    KitFiles.foreign(dir, manifest).ifPresent(f -> {
      throw new UncheckedIOException(new IOException(f + " was not written by imkit, which never replaces files "
          + "it did not write: move it, or choose another report folder"));
    });
    return this;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** A path in the folder. */
  public Path path(String relative) {
    return dir.resolve(relative);
  }

  /** Whether a run has claimed the folder in this process. */
  public synchronized boolean claimed() {
    return claimed;
  }

  /**
   * Takes the folder over for a new run, once: the files the previous run wrote (its manifest) are removed, and
   * no others. Called when the run has its first result.
   */
  public synchronized void claim() {
    if (claimed) {
      return;
    }
    checkWritable();
    manifest.removeAll(p -> true);
    claimed = true;
  }

  /** Removes the files the kit wrote under {@code relative} (a file, or a folder's entries), before rewriting them. */
  public synchronized void forget(String relative) {
    Path prefix = dir.resolve(relative).normalize();
    manifest.removeAll(p -> p.startsWith(prefix));
  }

  /** Records that the kit wrote {@code file}, so the next run may remove it. */
  public synchronized void wrote(Path file) {
    manifest.add(file.toAbsolutePath().normalize());
  }

  /** Records that the kit wrote these files (in one write of the manifest). */
  synchronized void wroteAll(List<Path> files) {
    manifest.addAll(files.stream().map(f -> f.toAbsolutePath().normalize()).toList());
  }

  /** Writes a text file of the kit (UTF-8) and records it. */
  public void write(String relative, String text) {
    Path file = path(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // never fails on half a character
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    wrote(file);
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}
