package dev.imkit.suites.internal.checks.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A loopback HTTP server that records the last request and answers with whatever it was told to. */
final class CaptureServer implements AutoCloseable {
  /** One request as it arrived. */
  record Captured(String method, String rawPath, String rawQuery, Map<String, java.util.List<String>> headers,
      String body) {
  }

  private final HttpServer server;
  private volatile Captured last;
  private volatile int status = 200;
  private volatile String body = "{}";
  private volatile String errorType;

  CaptureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The answer to give from now on; {@code errorType} goes in {@code X-Amzn-ErrorType} when not null. */
  void answer(int status, String body, String errorType) {
    this.status = status;
    this.body = body;
    this.errorType = errorType;
  }

  Captured last() {
    return last;
  }

  private void handle(HttpExchange ex) throws IOException {
    String requestBody = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    last = new Captured(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(),
        Map.copyOf(ex.getRequestHeaders()), requestBody);
    byte[] out = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.getResponseHeaders().add("x-amzn-RequestId", "capture");
    if (errorType != null) {
      ex.getResponseHeaders().add("X-Amzn-ErrorType", errorType);
    }
    if (status == 204) {
      ex.sendResponseHeaders(204, -1);
    } else {
      ex.sendResponseHeaders(status, out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
