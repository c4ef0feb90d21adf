package dev.imkit.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * A {@code @TempDir} in memory ({@code /dev/shm}) where the machine has one with room to spare, else in the
 * default temporary folder. For the tests that write whole report folders (about 1,300 files a run, deleted after
 * each test): on an ext4 file system without a journal, as on the development machine, creating a file scans the
 * inodes deleted in the last seconds, which made a fifth of the fault reproductions' CPU time. What the tests
 * read and write is the same; only where the scratch files live changes.
 */
final class ScratchDir implements TempDirFactory {
  private static final Path MEMORY = Path.of("/dev/shm");
  private static final long ROOM = 1L << 30;

  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
    return inMemory() ? Files.createTempDirectory(MEMORY, "imkit-test-") : Files.createTempDirectory("imkit-test-");
  }

  private static boolean inMemory() {
    try {
      return Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)
          && Files.getFileStore(MEMORY).getUsableSpace() > ROOM;
    } catch (IOException e) {
      return false;
    }
  }
}
