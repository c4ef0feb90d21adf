package dev.imkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's fault table lists every fault with its category and description, and nothing else. */
class ReadmeTest {

  @Test
  void theFaultTableMatchesTheFaults() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    long rows = readme.lines().filter(l -> l.matches("\\| `[a-z0-9-]+` \\| [A-Z]+ \\| .*")).count();
    assertThat(rows).isEqualTo(Fault.values().length);
    for (Fault f : Fault.values()) {
      assertThat(readme).contains("| `" + f.id() + "` | " + f.category() + " | " + f.description() + " |");
    }
  }
}
