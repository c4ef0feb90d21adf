package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How an operation pages its results.
 *
 * @param inputToken the input member that carries the token ({@code nextToken})
 * @param outputToken the output member that returns the next token
 * @param pageSize the input member that limits a page ({@code maxResults})
 * @param items the output member that holds the page's items
 */
@API(status = EXPERIMENTAL)
public record Paginator(String inputToken, String outputToken, String pageSize, String items) {
}
