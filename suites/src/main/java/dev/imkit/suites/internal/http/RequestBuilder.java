package dev.imkit.suites.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Puts an operation's logical input where restJson1 says: URI labels (percent-encoded, slashes too), query
 * parameters (a list as repeated keys) and the rest as the JSON body, as the AWS SDK does.
 */
public final class RequestBuilder {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final URI endpoint;

  public RequestBuilder(URI endpoint) {
    String base = endpoint.toString();
    this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
  }

  public HttpCall build(Operation op, ObjectNode input) {
    ObjectNode body = input.deepCopy();
    String path = op.uri();
    for (Map.Entry<String, String> label : op.labels().entrySet()) {
      JsonNode value = body.remove(label.getKey());
      String text = value == null ? "" : value.isTextual() ? value.textValue() : value.toString();
      path = path.replace("{" + label.getValue() + "}", SdkHttpUtils.urlEncode(text));
    }
    List<String> query = new ArrayList<>();
    op.query().forEach((member, param) -> {
      JsonNode value = body.remove(member);
      if (value != null && !value.isNull()) {
        for (JsonNode v : value.isArray() ? value : List.of(value)) {
          query.add(SdkHttpUtils.urlEncode(param) + "=" + SdkHttpUtils.urlEncode(v.isTextual() ? v.textValue() : v.toString()));
        }
      }
    });
    URI uri = URI.create(endpoint + path + (query.isEmpty() ? "" : "?" + String.join("&", query)));
    boolean hasBody = !op.method().equals("GET") && !(op.method().equals("DELETE") && body.isEmpty());
    byte[] bytes = hasBody ? write(body) : new byte[0];
    Map<String, List<String>> headers = hasBody ? Map.of("Content-Type", List.of("application/json")) : Map.of();
    return new HttpCall(op.name(), op.method(), uri, headers, bytes);
  }

  /** The endpoint with {@code pathAndQuery} appended as given. */
  public URI resolve(String pathAndQuery) {
    return URI.create(endpoint + pathAndQuery);
  }

  private static byte[] write(ObjectNode body) {
    try {
      return MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written", e);
    }
  }
}
