package dev.imkit.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every answer the SDK receives (operation, status, error type, raw body) so a test can hold each
 * one against the contract's output and error schemas.
 */
public final class Recorder implements ExecutionInterceptor {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One answer as it came over the wire. */
  public record Exchange(String operation, int status, String errorType, String contentType, byte[] body) {
  }

  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    byte[] body = context.responseBody().map(Recorder::readAll).orElse(new byte[0]);
    exchanges.add(new Exchange(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
        context.httpResponse().statusCode(),
        context.httpResponse().firstMatchingHeader("X-Amzn-ErrorType").orElse(null),
        context.httpResponse().firstMatchingHeader("Content-Type").orElse(null), body));
    return Optional.of(new ByteArrayInputStream(body));
  }

  public List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** The operations answered so far. */
  public List<String> operations() {
    return exchanges.stream().map(Exchange::operation).distinct().sorted().toList();
  }

  /**
   * Asserts every recorded body validates against its output or error schema; the one known exception is an
   * empty tag map (the model's TagMap requires one entry, which an untagged resource cannot have).
   */
  public void assertAllValid(Contract contract) {
    List<String> problems = new ArrayList<>();
    for (Exchange e : exchanges) {
      List<Violation> violations = violations(contract, e);
      violations.removeIf(v -> e.operation().equals("ListTagsForResource") && v.rule() == Rule.MIN_ENTRIES
          && v.pointer().equals("/tags"));
      if (!violations.isEmpty()) {
        problems.add(e.operation() + " " + e.status() + " " + new String(e.body()) + " -> " + violations);
      }
    }
    assertThat(problems).as("answers that break the contract").isEmpty();
  }

  private static List<Violation> violations(Contract contract, Exchange e) {
    boolean success = e.status() < 300;
    if (success && e.body().length == 0) {
      assertThat(contract.operation(e.operation()).successCode()).as(e.operation() + " without a body").isEqualTo(204);
      return new ArrayList<>();
    }
    assertThat(e.contentType()).as("content type of " + e.operation()).isEqualTo("application/json");
    JsonNode body = parse(e.body());
    if (success) {
      return new ArrayList<>(contract.validator().output(e.operation(), body).violations());
    }
    boolean modeled = contract.errors().stream().anyMatch(m -> m.name().equals(e.errorType()));
    if (!modeled) {
      // a protocol-level refusal (routing, framing, authentication): no schema, but still a message
      assertThat(body.path("message").isTextual()).as("message of " + e.errorType()).isTrue();
      return new ArrayList<>();
    }
    assertThat(contract.operation(e.operation()).models(e.errorType()))
        .as(e.operation() + " models " + e.errorType()).isTrue();
    return new ArrayList<>(contract.validator().error(e.errorType(), body).violations());
  }

  private static JsonNode parse(byte[] body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
