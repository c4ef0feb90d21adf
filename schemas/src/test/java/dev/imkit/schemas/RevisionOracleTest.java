package dev.imkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.internal.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the contract the loader computes for every revision (current schemas plus history) with digests
 * the maintainer tool computed directly from that revision's official model (test resource
 * {@code oracle/revision-digests.json}): shape by shape, and the operations with their errors.
 */
class RevisionOracleTest {
  private static final JsonNode ORACLE = read();

  static Stream<String> revisions() {
    return Stream.of(ORACLE.fieldNames()).flatMap(it -> {
      Stream.Builder<String> b = Stream.builder();
      it.forEachRemaining(b::add);
      return b.build();
    });
  }

  @ParameterizedTest
  @MethodSource("revisions")
  void everyShapeAndOperationMatchesTheOfficialModel(String revision) {
    Contract contract = Contract.at(revision);
    Map<String, String> expected = new TreeMap<>();
    ORACLE.get(revision).fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
    Map<String, String> actual = new TreeMap<>();
    Map<String, JsonNode> docs = contract.schemaDocuments();
    docs.forEach((path, doc) -> {
      if (path.equals("shapes.schema.json")) {
        doc.get("$defs").fields().forEachRemaining(e -> actual.put(e.getKey(), digest(structural(e.getValue()))));
      } else {
        actual.put(doc.get("title").asText(), digest(structural(doc)));
      }
    });
    ObjectNode ops = Json.MAPPER.createObjectNode();
    for (Operation op : contract.operations()) {
      ObjectNode o = ops.putObject(op.name());
      op.errors().stream().sorted().forEach(o.putArray("errors")::add);
      o.put("input", op.input()).put("output", op.output());
    }
    actual.put("#operations", digest(ops));
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((shape, digest) -> assertThat(actual.get(shape))
        .as("shape %s at %s: %s", shape, revision, shape.startsWith("#") ? ops : structural(shapeNode(docs, shape)))
        .isEqualTo(digest));
  }

  private static JsonNode shapeNode(Map<String, JsonNode> docs, String shape) {
    JsonNode def = docs.get("shapes.schema.json").get("$defs").get(shape);
    if (def != null) {
      return def;
    }
    return docs.values().stream().filter(d -> shape.equals(d.path("title").asText())).findFirst().orElseThrow();
  }

  /** The schema without documentation or document identity: what the model states. */
  private static JsonNode structural(JsonNode shape) {
    ObjectNode s = shape.deepCopy();
    s.remove(java.util.List.of("description", "$schema", "$id"));
    if (s.has("properties")) {
      s.get("properties").forEach(p -> ((ObjectNode) p).remove("description"));
    }
    return s;
  }

  private static String digest(JsonNode node) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Json.canonical(node).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read() {
    try (InputStream in = RevisionOracleTest.class.getResourceAsStream("/oracle/revision-digests.json")) {
      return new ObjectMapper().readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
