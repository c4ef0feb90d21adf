package dev.imkit.schemas.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.imkit.schemas.api.EcmaPattern;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Validator;
import dev.imkit.schemas.api.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates with networknt's JSON Schema 2020-12 engine over the revision's schema documents, offline. */
final class JsonSchemaValidator implements Validator {
  private static final Map<String, Rule> RULES = new HashMap<>();

  static {
    for (Rule r : Rule.values()) {
      RULES.put(r.keyword(), r);
    }
  }

  private final DefaultContract contract;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  JsonSchemaValidator(DefaultContract contract) {
    this.contract = contract;
    Map<String, String> texts = new HashMap<>();
    contract.documents().forEach((path, doc) -> texts.put(ContractData.BASE_ID + path, write(doc)));
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .regularExpressionFactory(pattern -> EcmaPattern.compile(pattern)::matches)
        .losslessNarrowing(true)
        .build();
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(texts::get).schemaRegistryConfig(config));
  }

  @Override
  public ValidationReport input(String operation, JsonNode document) {
    return run(contract.shape(contract.operation(operation).input()), document);
  }

  @Override
  public ValidationReport output(String operation, JsonNode document) {
    return run(contract.shape(contract.operation(operation).output()), document);
  }

  @Override
  public ValidationReport error(String errorName, JsonNode document) {
    return run(contract.shape(contract.error(errorName).name()), document);
  }

  @Override
  public ValidationReport shape(String shapeName, JsonNode document) {
    return run(contract.shape(shapeName), document);
  }

  private ValidationReport run(Shape root, JsonNode document) {
    JsonNode cleaned = NullStripper.strip(contract.shapes(), root, document);
    List<Violation> violations = new ArrayList<>();
    for (Error e : schema(root.name()).validate(cleaned)) {
      violation(root, e, violations);
    }
    return new ValidationReport(withoutTypeEchoes(violations), contract.validator().shape(root.name(), document).advisories());
  }

  /**
   * A value of the wrong JSON type also fails its {@code enum} (a number is in no enum set) or {@code oneOf} (an
   * array matches no member) keyword; the compiled validator reports only the type, and so does this one.
   */
  private static List<Violation> withoutTypeEchoes(List<Violation> violations) {
    java.util.Set<String> typed = new java.util.HashSet<>();
    violations.stream().filter(v -> v.rule() == Rule.TYPE).forEach(v -> typed.add(v.pointer()));
    if (typed.isEmpty()) {
      return violations;
    }
    return violations.stream()
        .filter(v -> !(typed.contains(v.pointer()) && (v.rule() == Rule.ENUM || v.rule() == Rule.UNION))).toList();
  }

  private void violation(Shape root, Error e, List<Violation> out) {
    String keyword = e.getKeyword();
    String at = e.getInstanceLocation().toString();
    Map<String, Shape> shapes = contract.shapes();
    if (keyword.equals("required")) {
      if (!e.getEvaluationPath().toString().contains("/oneOf/")) {
        String pointer = Pointers.child(at, e.getProperty());
        out.add(Messages.violation(pointer, Rule.REQUIRED, Navigator.at(shapes, root, pointer), null, null, List.of()));
      }
    } else if (keyword.equals("oneOf")) {
      Shape union = Navigator.at(shapes, root, at);
      List<String> set = new ArrayList<>();
      union.members().keySet().forEach(m -> {
        if (e.getInstanceNode().has(m)) {
          set.add(m);
        }
      });
      out.add(Messages.violation(at, Rule.UNION, union, e.getInstanceNode(), null, set));
    } else if (keyword.equals("propertyNames")) {
      Shape keyShape = shapes.get(Navigator.at(shapes, root, at).mapKey());
      TextNode key = new TextNode(e.getProperty());
      for (Error k : schema(keyShape.name()).validate(key)) {
        out.add(Messages.violation(at, rule(k.getKeyword()), keyShape, key, key.textValue(), List.of()));
      }
    } else {
      out.add(Messages.violation(at, rule(keyword), Navigator.at(shapes, root, at), e.getInstanceNode(), null,
          List.of()));
    }
  }

  private static Rule rule(String keyword) {
    Rule r = RULES.get(keyword);
    if (r == null) {
      throw new IllegalStateException("networknt reported keyword '" + keyword + "', which no contract rule uses");
    }
    return r;
  }

  private Schema schema(String shape) {
    return schemas.computeIfAbsent(shape, s -> {
      String path = contract.state().documents().pathOf(s);
      Schema schema = registry.getSchema(SchemaLocation.of(ContractData.BASE_ID + path));
      schema.initializeValidators();
      return schema;
    });
  }

  private static String write(JsonNode doc) {
    try {
      return Json.MAPPER.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
