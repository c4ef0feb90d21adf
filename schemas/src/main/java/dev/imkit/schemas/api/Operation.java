package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One operation of the contract and its HTTP binding (restJson1).
 *
 * @param name the operation name, e.g. {@code StartIncident}
 * @param method the HTTP method
 * @param uri the request URI template, e.g. {@code /tags/{resourceArn}}
 * @param labels input members bound to URI labels: member name to label name
 * @param query input members bound to query parameters: member name to parameter name
 * @param successCode the modeled success status (200, 201 or 204)
 * @param input the input structure's shape name
 * @param output the output structure's shape name
 * @param errors the modeled errors, by name
 * @param idempotencyToken the input member the SDK fills with an idempotency token, if any
 * @param idempotent whether the model marks the operation idempotent
 * @param readonly whether the model marks the operation read-only
 * @param paginator how the operation pages, if it does
 * @param introducedIn the first revision that has the operation
 * @param documentation the documentation text
 */
@API(status = MAINTAINED)
public record Operation(String name, String method, String uri, Map<String, String> labels,
    Map<String, String> query, int successCode, String input, String output, List<String> errors,
    Optional<String> idempotencyToken, boolean idempotent, boolean readonly, Optional<Paginator> paginator,
    String introducedIn, String documentation) {

  public Operation {
    labels = Map.copyOf(labels);
    query = Map.copyOf(query);
    errors = List.copyOf(errors);
  }

  /** Whether {@code member} travels outside the JSON body (in the URI or the query string). */
  public boolean isBoundOutsideBody(String member) {
    return labels.containsKey(member) || query.containsKey(member);
  }

  /** Whether the operation may answer with the error named {@code errorName}. */
  public boolean models(String errorName) {
    return errors.contains(errorName);
  }

  /** A copy with another list of errors (used when computing older revisions). */
  public Operation withErrors(List<String> newErrors) {
    return new Operation(name, method, uri, labels, query, successCode, input, output, newErrors,
        idempotencyToken, idempotent, readonly, paginator, introducedIn, documentation);
  }
}
