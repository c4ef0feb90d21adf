package dev.imkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every schema document, at every revision, is valid JSON Schema 2020-12 and resolves with no network. */
class SchemaFilesTest {
  private static final String BASE = "https://imkit.dev/contract/ssm-incidents/";

  static Stream<String> revisions() {
    return Revisions.names().stream();
  }

  @ParameterizedTest
  @MethodSource("revisions")
  void everyDocumentIsValidAgainstTheMetaSchema(String revision) {
    // networknt bundles the 2020-12 meta-schemas and, by default, fetches nothing remote.
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode broken = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
        .put("type", "strin").put("maxLength", -1);
    assertThat(meta.validate(broken)).as("the meta-schema rejects a broken schema").isNotEmpty();
    Map<String, JsonNode> docs = Contract.at(revision).schemaDocuments();
    assertThat(docs).hasSizeGreaterThan(60);
    docs.forEach((path, doc) -> assertThat(meta.validate(doc)).as(path).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("revisions")
  void everyRefResolvesInsideTheContract(String revision) {
    Map<String, JsonNode> docs = Contract.at(revision).schemaDocuments();
    List<String> unresolved = new ArrayList<>();
    docs.forEach((path, doc) -> refs(doc, new ArrayList<>()).forEach(ref -> {
      URI target = URI.create(BASE + path).resolve(ref);
      assertThat(target.getScheme() + "://" + target.getHost()).isEqualTo("https://imkit.dev");
      JsonNode targetDoc = docs.get(target.getPath().substring(URI.create(BASE).getPath().length()));
      if (targetDoc == null || targetDoc.at(target.getFragment()).isMissingNode()) {
        unresolved.add(path + " -> " + ref);
      }
    }));
    assertThat(unresolved).isEmpty();
  }

  @Test
  void everyShapeCompilesInTheJsonSchemaEngineOffline() {
    Contract c = Contract.current();
    var validator = c.jsonSchemaValidator();
    c.shapes().keySet().forEach(shape -> validator.shape(shape, com.fasterxml.jackson.databind.node.NullNode.instance));
  }

  private static List<String> refs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      if (node.has("$ref")) {
        out.add(node.get("$ref").asText());
      }
      node.forEach(child -> refs(child, out));
    } else if (node.isArray()) {
      node.forEach(child -> refs(child, out));
    }
    return out;
  }
}
