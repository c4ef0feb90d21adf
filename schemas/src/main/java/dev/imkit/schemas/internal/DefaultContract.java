package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.ModeledError;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.ServiceInfo;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.UnknownNameException;
import dev.imkit.schemas.api.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contract at one revision, built by {@link Contracts}. */
final class DefaultContract implements Contract {
  private final Revision revision;
  private final ServiceInfo service;
  private final RevisionEngine.State state;
  private final List<Operation> operations;
  private final List<ModeledError> errors;
  private final Map<String, Shape> shapes;
  private volatile Validator validator;
  private volatile Validator jsonSchemaValidator;

  DefaultContract(Revision revision, ContractData data, RevisionEngine.State state) {
    this.revision = revision;
    this.service = data.service();
    this.state = state;
    this.operations = List.copyOf(state.operations().values());
    this.errors = data.errors();
    this.shapes = Collections.unmodifiableMap(state.documents().typedShapes());
  }

  RevisionEngine.State state() {
    return state;
  }

  @Override
  public Revision revision() {
    return revision;
  }

  @Override
  public ServiceInfo service() {
    return service;
  }

  @Override
  public List<Operation> operations() {
    return operations;
  }

  @Override
  public Operation operation(String name) {
    return findOperation(name).orElseThrow(() -> new UnknownNameException("operation", name,
        operations.stream().map(Operation::name).toList()));
  }

  @Override
  public Optional<Operation> findOperation(String name) {
    return Optional.ofNullable(state.operations().get(name));
  }

  @Override
  public List<ModeledError> errors() {
    return errors;
  }

  @Override
  public ModeledError error(String name) {
    return errors.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() ->
        new UnknownNameException("error", name, errors.stream().map(ModeledError::name).toList()));
  }

  @Override
  public Map<String, Shape> shapes() {
    return shapes;
  }

  @Override
  public Shape shape(String name) {
    Shape s = shapes.get(name);
    if (s == null) {
      throw new UnknownNameException("shape", name, new ArrayList<>(shapes.keySet()));
    }
    return s;
  }

  @Override
  public Map<String, JsonNode> schemaDocuments() {
    Map<String, JsonNode> copies = new LinkedHashMap<>();
    state.documents().documents().forEach((path, doc) -> copies.put(path, doc.deepCopy()));
    return copies;
  }

  /** The documents themselves, not copies: for validators built on them. */
  Map<String, ? extends JsonNode> documents() {
    return state.documents().documents();
  }

  @Override
  public Validator validator() {
    Validator v = validator;
    if (v == null) {
      synchronized (this) {
        v = validator;
        if (v == null) {
          v = new FastValidator(this);
          validator = v;
        }
      }
    }
    return v;
  }

  @Override
  public Validator jsonSchemaValidator() {
    Validator v = jsonSchemaValidator;
    if (v == null) {
      synchronized (this) {
        v = jsonSchemaValidator;
        if (v == null) {
          v = new JsonSchemaValidator(this);
          jsonSchemaValidator = v;
        }
      }
    }
    return v;
  }

  @Override
  public String toString() {
    return "Contract[" + revision.name() + "]";
  }
}
