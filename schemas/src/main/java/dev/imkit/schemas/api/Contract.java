package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.internal.Contracts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Incident Manager contract at one revision: operations, errors, shapes, JSON Schema documents and
 * validators. The current revision is read from the schema files; older ones are computed from it and the
 * revision history. Instances are immutable, cached and thread-safe.
 *
 * <pre>{@code
 * Contract old = Contract.at("2022-03-16");
 * old.shape("ItemType").enumValues();          // 7 values: no INVOLVED_RESOURCE yet
 * old.operation("UpdateReplicationSet").errors(); // no ConflictException yet
 * }</pre>
 */
@API(status = MAINTAINED)
public interface Contract {

  /** The contract at the current (newest) revision. */
  static Contract current() {
    return Contracts.at(Revisions.current());
  }

  /** The contract at the named revision; {@link UnknownNameException} listing the valid names if unknown. */
  static Contract at(String revision) {
    return Contracts.at(Revisions.named(revision));
  }

  /** The contract at a revision. */
  static Contract at(Revision revision) {
    return Contracts.at(revision);
  }

  /** The revision this contract is at. */
  Revision revision();

  /** Facts about the service (signing name, protocol, API version). */
  ServiceInfo service();

  /** Every operation at this revision, by name. */
  List<Operation> operations();

  /** The operation; {@link UnknownNameException} listing the valid names if there is none. */
  Operation operation(String name);

  /** The operation, if it exists at this revision. */
  Optional<Operation> findOperation(String name);

  /** Every error structure. */
  List<ModeledError> errors();

  /** The error structure; {@link UnknownNameException} listing the valid names if there is none. */
  ModeledError error(String name);

  /** Every shape at this revision, by name. */
  Map<String, Shape> shapes();

  /** The shape; {@link UnknownNameException} listing the valid names if there is none. */
  Shape shape(String name);

  /**
   * The JSON Schema documents at this revision, by path: {@code shapes.schema.json},
   * {@code operations/<Op>.input.json}, {@code operations/<Op>.output.json}, {@code errors/<Error>.json}.
   * Each is a copy the caller may change.
   */
  Map<String, JsonNode> schemaDocuments();

  /** The fast validator: compiled checks derived from the schemas, Smithy-style messages. */
  Validator validator();

  /**
   * A validator that runs the JSON Schema documents through networknt's 2020-12 implementation. It reports
   * the same violations as {@link #validator()} (the project's tests hold the two to that) but runs about
   * ten times slower; use it to check the schemas themselves or when a standard engine is wanted.
   */
  Validator jsonSchemaValidator();
}
