package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Change;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.ModeledError;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Paginator;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.ServiceInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contract files of the jar, read once: catalogue, revision history and the current schema documents. */
public final class ContractData {
  /** Where the contract files live on the classpath. */
  public static final String ROOT = "imkit/contract/";
  /** The {@code $id} prefix of every schema document; it resolves from the jar, never the network. */
  public static final String BASE_ID = "https://imkit.dev/contract/ssm-incidents/";

  private static volatile ContractData instance;

  private final ServiceInfo service;
  private final List<Operation> operations;
  private final List<ModeledError> errors;
  private final List<Revision> revisions;
  private final Map<String, JsonNode> documents;

  private ContractData() {
    JsonNode catalogue = Json.resource(ROOT + "operations.json");
    JsonNode s = catalogue.get("service");
    service = new ServiceInfo(s.get("name").asText(), s.get("sdkId").asText(), s.get("apiVersion").asText(),
        s.get("protocol").asText(), s.get("signingName").asText(), s.get("endpointPrefix").asText());
    operations = new ArrayList<>();
    catalogue.get("operations").forEach(op -> operations.add(operation(op)));
    errors = new ArrayList<>();
    catalogue.get("errors").forEach(e -> errors.add(new ModeledError(e.get("name").asText(),
        e.get("httpStatus").asInt(), "server".equals(e.get("fault").asText()), text(e, "documentation"))));
    revisions = new ArrayList<>();
    Json.resource(ROOT + "revisions.json").get("revisions").forEach(r -> revisions.add(revision(r)));
    documents = new LinkedHashMap<>();
    documents.put("shapes.schema.json", Json.resource(ROOT + "shapes.schema.json"));
    for (Operation op : operations) {
      documents.put(inputPath(op.name()), Json.resource(ROOT + inputPath(op.name())));
      documents.put(outputPath(op.name()), Json.resource(ROOT + outputPath(op.name())));
    }
    for (ModeledError e : errors) {
      documents.put(errorPath(e.name()), Json.resource(ROOT + errorPath(e.name())));
    }
  }

  /** The data, read on first use. */
  public static ContractData get() {
    ContractData d = instance;
    if (d == null) {
      synchronized (ContractData.class) {
        d = instance;
        if (d == null) {
          d = new ContractData();
          instance = d;
        }
      }
    }
    return d;
  }

  public static String inputPath(String operation) {
    return "operations/" + operation + ".input.json";
  }

  public static String outputPath(String operation) {
    return "operations/" + operation + ".output.json";
  }

  public static String errorPath(String error) {
    return "errors/" + error + ".json";
  }

  public ServiceInfo service() {
    return service;
  }

  /** The operations of the current revision. */
  public List<Operation> operations() {
    return List.copyOf(operations);
  }

  public List<ModeledError> errors() {
    return List.copyOf(errors);
  }

  public List<Revision> revisions() {
    return List.copyOf(revisions);
  }

  /** Fresh copies of the current revision's schema documents, by path. */
  public Map<String, ObjectNode> documentCopies() {
    Map<String, ObjectNode> copies = new LinkedHashMap<>();
    documents.forEach((path, doc) -> copies.put(path, (ObjectNode) doc.deepCopy()));
    return copies;
  }

  private static Operation operation(JsonNode op) {
    Map<String, String> labels = new LinkedHashMap<>();
    op.get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    Map<String, String> query = new LinkedHashMap<>();
    op.get("query").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
    List<String> errors = new ArrayList<>();
    op.get("errors").forEach(e -> errors.add(e.asText()));
    JsonNode p = op.get("paginator");
    Optional<Paginator> paginator = p == null || p.isNull() ? Optional.empty()
        : Optional.of(new Paginator(p.get("inputToken").asText(), p.get("outputToken").asText(),
            p.get("pageSize").asText(), p.get("items").asText()));
    return new Operation(op.get("name").asText(), op.get("method").asText(), op.get("uri").asText(), labels, query,
        op.get("successCode").asInt(), op.get("input").asText(), op.get("output").asText(), errors,
        Optional.ofNullable(text(op, "idempotencyToken")), op.get("idempotent").asBoolean(),
        op.get("readonly").asBoolean(), paginator, op.get("introducedIn").asText(), text(op, "documentation"));
  }

  private static Revision revision(JsonNode r) {
    List<Change> changes = new ArrayList<>();
    r.get("changes").forEach(c -> changes.add(change(c)));
    return new Revision(r.get("name").asText(), LocalDate.parse(r.get("date").asText()),
        r.get("botocoreVersion").asText(), r.get("releaseNote").asText(), r.get("operationCount").asInt(), changes);
  }

  private static Change change(JsonNode c) {
    ChangeKind kind = ChangeKind.fromId(c.get("kind").asText());
    String subject = text(c, "error") != null ? text(c, "error")
        : text(c, "target") != null ? text(c, "target") : text(c, "constraint");
    List<String> values = new ArrayList<>();
    if (c.has("values")) {
      c.get("values").forEach(v -> values.add(v.asText()));
    }
    return new Change(kind, text(c, "operation"), text(c, "shape"), text(c, "member"), subject,
        plain(c.get("before")), plain(c.get("after")), values);
  }

  private static Object plain(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      List<String> list = new ArrayList<>();
      n.forEach(v -> list.add(v.asText()));
      return List.copyOf(list);
    }
    return n.isNumber() ? (Object) n.longValue() : n.asText();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
