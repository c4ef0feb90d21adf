package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apiguardian.api.API;

/**
 * An operation input that breaks exactly one rule, described by its {@link Label}; everything else in the
 * document is valid at the revision.
 *
 * @param operation the operation, e.g. {@code StartIncident}
 * @param revision the revision the document was generated for
 * @param document the logical input (body members and those bound to the URI and query string)
 * @param label the rule it breaks
 */
@API(status = EXPERIMENTAL)
public record InvalidInput(String operation, String revision, ObjectNode document, Label label) {

  @Override
  public String toString() {
    return operation + "@" + revision + " " + label + ": " + document;
  }
}
