package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.http.HttpAnswer;
import dev.imkit.suites.internal.http.HttpCall;
import dev.imkit.suites.internal.http.RequestBuilder;
import dev.imkit.suites.internal.http.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls the reference emulator: requests built as for the target (labels, query, body from the catalogue), with
 * an {@code Authorization} header of the right form for the region. The embedded reference checks only the form
 * of signatures (it was started without keys to verify), so signing each request would buy nothing and cost a
 * third of a step's time. It is sent to in this process (no socket), which saves as much again; its answers are
 * the ones it gives over HTTP.
 */
final class ReferenceClient {
  private final Contract contract;
  private final RequestBuilder requests;
  private final Transport transport;
  private final Map<String, List<String>> authorization;
  private final AtomicLong sent = new AtomicLong();

  ReferenceClient(URI endpoint, Transport transport, Contract contract, String region, String accessKeyId) {
    this.contract = contract;
    this.transport = transport;
    this.requests = new RequestBuilder(endpoint);
    this.authorization = Map.of("Authorization", List.of("AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/20250101/"
        + region + "/ssm-incidents/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64)),
        "X-Amz-Date", List.of("20250101T000000Z"));
  }

  Exchange call(String operation, ObjectNode input) {
    HttpCall call = requests.build(contract.operation(operation), input).withHeaders(authorization);
    long start = System.nanoTime();
    HttpAnswer answer;
    try {
      answer = transport.send(call);
    } catch (IOException e) {
      throw new UncheckedIOException("the reference emulator did not answer " + operation + ": " + e.getMessage(), e);
    }
    sent.incrementAndGet();
    return new Exchange(operation, call.method(), call.uri().toString(), call.headers(),
        new String(call.body(), StandardCharsets.UTF_8), answer.status(), answer.headers(), answer.body(),
        System.nanoTime() - start);
  }

  long requestsSent() {
    return sent.get();
  }
}
