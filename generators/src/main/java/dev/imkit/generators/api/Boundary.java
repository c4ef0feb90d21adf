package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The valid extremes of one constrained place of an operation's input, each of which a conforming server
 * accepts: the shortest and longest strings, the smallest and largest integers, each enum value, each union
 * member, the fewest and most list items and map entries, the shortest and longest map keys.
 *
 * @param operation the operation
 * @param place the place's pointer template (see {@link Control#places()})
 * @param kind which constraint the edges stand at
 * @param constraint the constraint as the contract states it, e.g. {@code 0..200}
 * @param shape the shape whose constraint it is
 * @param edges the valid extremes
 */
@API(status = EXPERIMENTAL)
public record Boundary(String operation, String place, EdgeKind kind, String constraint, String shape,
    List<Edge> edges) {

  public Boundary {
    edges = List.copyOf(edges);
  }
}
