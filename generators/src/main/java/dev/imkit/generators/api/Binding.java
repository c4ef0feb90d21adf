package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where a top-level input member travels in the HTTP request (restJson1 bindings of the operation). */
@API(status = EXPERIMENTAL)
public enum Binding {
  /** In the JSON body. */
  BODY,
  /** In a label of the request URI, e.g. {@code /tags/{resourceArn}}. */
  URI,
  /** In the query string. */
  QUERY
}
