package dev.imkit.suites.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imkit.suites.api.Settings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run keeps no descriptor of its clean-up journal once it is closed, or once it could not open (a target that
 * does not answer the sanity gate): a consumer's build that runs the kit many times in one JVM does not leak one
 * file per run. Read from the process's open descriptors, so only where Linux shows them.
 */
class JournalCloseTest {
  @TempDir
  Path dir;

  @Test
  void aRunClosesItsJournal() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
    Path journal = dir.resolve("journal.jsonl");

    try (Run run = Run.open(settings(Map.of()))) {
      assertThat(openDescriptorsOf(journal)).isEqualTo(1);
    }

    assertThat(openDescriptorsOf(journal)).isZero();
    assertThat(Files.readString(journal)).contains("\"phase\":\"cleaned\"");
  }

  @Test
  void aRunThatCannotOpenClosesItsJournal() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    assertThatThrownBy(() -> Run.open(settings(Map.of("imkit.endpoint", "http://127.0.0.1:" + port,
        "imkit.access-key-id", "AKID", "imkit.secret-access-key", "secret"))))
        .hasMessageContaining("cannot reach");

    assertThat(openDescriptorsOf(dir.resolve("journal.jsonl"))).isZero();
  }

  @Test
  void aLineAfterTheCloseIsStillWritten() throws IOException {
    Journal journal = new Journal(Optional.of(dir), "imkit-test", false);
    journal.close();

    journal.cleaned();

    assertThat(Files.readString(dir.resolve("journal.jsonl"))).contains("\"phase\":\"cleaned\"");
  }

  private Settings settings(Map<String, String> more) {
    Map<String, String> all = new java.util.HashMap<>(more);
    all.put("imkit.report-dir", dir.toString());
    return Settings.from(key -> Optional.ofNullable(all.get(key)), Map.of());
  }

  private static long openDescriptorsOf(Path file) throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).equals(file.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
          return false;
        }
      }).count();
    }
  }
}
