package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
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
  /**
   * The token a page's answer gives for the next page, or empty on the last page. The output token absent, null or
   * an empty string all end a walk: the AWS SDKs' paginators stop at each, so a target may end with any of them.
   */
  public Optional<String> next(JsonNode answer) {
    JsonNode token = answer == null ? null : answer.get(outputToken);
    return token != null && token.isTextual() && !token.textValue().isEmpty() ? Optional.of(token.textValue())
        : Optional.empty();
  }
}
