package dev.imkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every Java example in the README is quoted from {@link ReadmeExampleTest}, so it compiles and runs. */
class ReadmeTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theReadmeQuotesTheExampleTestVerbatim() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String example = Files.readString(Path.of("src/test/java/dev/imkit/generators/ReadmeExampleTest.java"));
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
    for (String block : blocks) {
      for (String line : block.split("\n")) {
        if (!line.isBlank() && !line.strip().equals("...")) {
          assertThat(example).as("README line quoted from ReadmeExampleTest").contains(line.strip());
        }
      }
    }
  }
}
