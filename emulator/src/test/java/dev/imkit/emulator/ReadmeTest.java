package dev.imkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultComposite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's tables list every fault (category, description) and every composite (faults, description). */
class ReadmeTest {

  @Test
  void theFaultTableMatchesTheFaults() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    long rows = readme.lines().filter(l -> l.matches("\\| `[a-z0-9-]+` \\| [A-Z]+ \\| .*")).count();
    assertThat(rows).isEqualTo(Fault.values().length);
    for (Fault f : Fault.values()) {
      assertThat(readme).contains("| `" + f.id() + "` | " + f.category() + " | " + f.description() + " |");
    }
    for (FaultComposite c : FaultComposite.values()) {
      String faults = c.faults().stream().map(f -> "`" + f.id() + "`").collect(Collectors.joining(", "));
      assertThat(readme).contains("| `" + c.id() + "` | " + faults + " | " + c.description() + " |");
    }
  }
}
