package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.reports.api.AllureResults;
import dev.imkit.reports.api.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureResultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void writesOneValidResultFilePerCheckWithItsLabels() throws Exception {
    List<CheckResult> results = Samples.results();
    AllureResults.write(results, dir);

    Map<String, JsonNode> byName = new HashMap<>();
    resultFiles().forEach(n -> byName.put(n.get("name").asText(), n));
    assertThat(byName).hasSize(results.size());

    JsonNode failed = byName.get("VAL-ENUM-StartIncident-relatedItems.identifier.type");
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(labels(failed, "suite")).containsExactly("VALIDATION");
    assertThat(labels(failed, "feature")).containsExactly("VALIDATION");
    assertThat(labels(failed, "story")).containsExactly("StartIncident");
    assertThat(labels(failed, "tag")).contains("2023-11-16");
    assertThat(labels(failed, "severity")).containsExactly("critical");
    assertThat(failed.at("/statusDetails/message").asText()).contains("got 200",
        "./imkit run --only VAL-ENUM-StartIncident-relatedItems.identifier.type --seed 20261130");
    assertThat(failed.get("stop").asLong() - failed.get("start").asLong()).isEqualTo(37);

    assertThat(byName.get("PAG-MaxResults-ListIncidentRecords").get("status").asText()).isEqualTo("failed");
    assertThat(byName.get("PAG-MaxResults-ListIncidentRecords").at("/statusDetails/known").asBoolean()).isTrue();
    JsonNode advisory = byName.get("PROTO-ErrorType-Header-GetResponsePlan");
    assertThat(advisory.get("status").asText()).isEqualTo("skipped");
    assertThat(labels(advisory, "severity")).containsExactly("minor");
    assertThat(byName.get("SEC-Unsigned-StartIncident").get("status").asText()).isEqualTo("skipped");
    assertThat(byName.get("PRO-CreateResponsePlan").get("status").asText()).isEqualTo("passed");
  }

  @Test
  void attachesTheLastRequestAndResponseAsText() throws Exception {
    AllureResults.write(Samples.results(), dir);

    JsonNode failed = resultFiles().filter(n -> n.get("name").asText().startsWith("STATE-Dynamic"))
        .findFirst().orElseThrow();
    assertThat(failed.get("attachments")).hasSize(2);
    for (JsonNode attachment : failed.get("attachments")) {
      assertThat(attachment.get("type").asText()).isEqualTo("text/plain");
      String text = Files.readString(dir.resolve(attachment.get("source").asText()));
      assertThat(text).containsAnyOf("/createResponsePlan", "HTTP 200");
    }
    assertThat(resultFiles().filter(n -> n.get("name").asText().equals("PRO-CreateResponsePlan"))
        .findFirst().orElseThrow().get("attachments")).isEmpty();
  }

  private Stream<JsonNode> resultFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList().stream()
          .map(AllureResultsTest::parse);
    }
  }

  private static JsonNode parse(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is not JSON", e);
    }
  }

  private static List<String> labels(JsonNode result, String name) {
    return Stream.of(result.get("labels")).flatMap(l -> Stream.iterate(0, i -> i < l.size(), i -> i + 1).map(l::get))
        .filter(l -> l.get("name").asText().equals(name)).map(l -> l.get("value").asText()).toList();
  }
}
