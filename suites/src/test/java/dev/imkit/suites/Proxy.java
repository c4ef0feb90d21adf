package dev.imkit.suites;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A test server in front of another that bends what passes: the request (a member dropped, the connection closed
 * unanswered, a delay, an answer of the proxy's own) or the answer (an error named elsewhere, another status). Deviations written apart from the emulator, the way a user's fake would have
 * them. Loopback, port 0.
 */
final class Proxy implements AutoCloseable {
  private static final Set<String> HOP = Set.of("host", "content-length", "connection", "transfer-encoding", "date");
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final HttpServer server;
  private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);

  /** A request as it passes: path with query, headers, body. */
  record Request(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
    Request withBody(String other) {
      return new Request(method, pathAndQuery, headers, other);
    }
  }

  /** Thrown by a request's bend: the proxy closes the connection without answering (a reset, as clients see it). */
  static final class Drop extends RuntimeException {
    Drop() {
      super("dropped", null, false, false);
    }
  }

  /** Thrown by a request's bend: the proxy answers this itself, and the request never reaches the server. */
  static final class Answered extends RuntimeException {
    private final int status;
    private final Map<String, List<String>> headers;
    private final String body;

    Answered(int status, Map<String, List<String>> headers, String body) {
      super("answered by the proxy", null, false, false);
      this.status = status;
      this.headers = headers;
      this.body = body;
    }
  }

  /** An answer as it passes: the request it answers, status, headers, body. */
  record Answer(Request request, int status, Map<String, List<String>> headers, String body) {
    Answer with(int otherStatus, Map<String, List<String>> otherHeaders, String otherBody) {
      return new Answer(request, otherStatus, otherHeaders, otherBody);
    }

    String header(String name) {
      List<String> v = headers.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  Proxy(URI upstream, UnaryOperator<Request> requests, UnaryOperator<Answer> answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> forward(exchange, upstream, requests, answers));
    server.setExecutor(threads);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void forward(HttpExchange exchange, URI upstream, UnaryOperator<Request> requests,
      UnaryOperator<Answer> answers) throws IOException {
    try {
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach(headers::put);
      Request request = requests.apply(new Request(exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
              : "?" + exchange.getRequestURI().getRawQuery()), headers,
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(upstream + request.pathAndQuery()))
          .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
      request.headers().forEach((k, v) -> {
        if (!HOP.contains(k.toLowerCase())) {
          v.forEach(value -> out.header(k, value));
        }
      });
      HttpResponse<String> in = CLIENT.send(out.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, List<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      in.headers().map().forEach((k, v) -> {
        if (!HOP.contains(k.toLowerCase()) && !k.startsWith(":")) {
          answerHeaders.put(k, v);
        }
      });
      Answer answer = answers.apply(new Answer(request, in.statusCode(), answerHeaders, in.body()));
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(body);
      }
    } catch (Drop e) {
      exchange.close();
    } catch (Answered a) {
      a.headers.forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
      byte[] body = a.body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(a.status, body.length == 0 ? -1 : body.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    } catch (RuntimeException e) {
      exchange.sendResponseHeaders(599, -1);
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
