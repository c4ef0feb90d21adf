package dev.imkit.suites.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sends with the JDK's {@link HttpURLConnection} (kept-alive connections): the fast path for bulk runs. */
public final class JdkTransport implements Transport {
  private final int timeoutMillis;

  public JdkTransport(Duration timeout) {
    this.timeoutMillis = (int) timeout.toMillis();
  }

  @Override
  public HttpAnswer send(HttpCall call) throws IOException {
    HttpURLConnection c = (HttpURLConnection) call.uri().toURL().openConnection();
    c.setConnectTimeout(timeoutMillis);
    c.setReadTimeout(timeoutMillis);
    c.setInstanceFollowRedirects(false);
    c.setRequestMethod(call.method());
    call.headers().forEach((name, values) -> values.forEach(v -> c.addRequestProperty(name, v)));
    if (call.body().length > 0) {
      // buffered, not streamed: headers and body then leave in one write, which Nagle's algorithm and delayed
      // ACKs would otherwise hold back by up to 40 ms per request
      c.setDoOutput(true);
      try (OutputStream out = c.getOutputStream()) {
        out.write(call.body());
      }
    }
    // the headers before the status: reading them first reads the answer, and for a 4xx or 5xx the connection
    // keeps the exception it made of it; asked for the status first, it would make a second one (with its stack
    // trace, by reflection) when asked for the headers. A connection that failed throws from getResponseCode.
    Map<String, List<String>> headers = new LinkedHashMap<>();
    c.getHeaderFields().forEach((k, v) -> {
      if (k != null) {
        headers.put(k, v);
      }
    });
    int status = c.getResponseCode();
    try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
      String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new HttpAnswer(status, headers, body);
    }
  }
}
