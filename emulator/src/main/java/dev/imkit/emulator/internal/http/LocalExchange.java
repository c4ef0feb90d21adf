package dev.imkit.emulator.internal.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An exchange with no socket: the request given, the answer kept in memory. The {@link Front} serves it exactly
 * as it serves one that came over HTTP, so a caller in the same process gets the same answer without the cost of
 * a connection, a request line and headers written and parsed twice.
 */
public final class LocalExchange extends HttpExchange {
  private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  private final String method;
  private final URI uri;
  private final Headers requestHeaders = new Headers();
  private final Headers responseHeaders = new Headers();
  private final InputStream requestBody;
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private final Map<String, Object> attributes = new HashMap<>();
  private int status = -1;

  /** A request: {@code uri} as a client would send it (its host becomes the {@code Host} header if none is given). */
  public LocalExchange(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.uri = uri;
    headers.forEach((name, values) -> requestHeaders.put(name, List.copyOf(values)));
    if (!requestHeaders.containsKey("Host") && uri.getRawAuthority() != null) {
      requestHeaders.set("Host", uri.getRawAuthority());
    }
    if (!requestHeaders.containsKey("Content-Length")) {
      requestHeaders.set("Content-Length", Integer.toString(body.length));
    }
    this.requestBody = new ByteArrayInputStream(body);
  }

  /** The status the front answered (-1 before it did). */
  public int status() {
    return status;
  }

  /** The body the front wrote. */
  public byte[] body() {
    return written.toByteArray();
  }

  @Override
  public Headers getRequestHeaders() {
    return requestHeaders;
  }

  @Override
  public Headers getResponseHeaders() {
    return responseHeaders;
  }

  @Override
  public URI getRequestURI() {
    return uri;
  }

  @Override
  public String getRequestMethod() {
    return method;
  }

  @Override
  public HttpContext getHttpContext() {
    return null;
  }

  @Override
  public void close() {
    // nothing to release: the answer stays readable
  }

  @Override
  public InputStream getRequestBody() {
    return requestBody;
  }

  @Override
  public OutputStream getResponseBody() {
    return written;
  }

  @Override
  public void sendResponseHeaders(int code, long length) {
    status = code;
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return LOOPBACK;
  }

  @Override
  public int getResponseCode() {
    return status;
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return LOOPBACK;
  }

  @Override
  public String getProtocol() {
    return "HTTP/1.1";
  }

  @Override
  public Object getAttribute(String name) {
    return attributes.get(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    attributes.put(name, value);
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    throw new UnsupportedOperationException("an in-process exchange has no streams to replace");
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return null;
  }
}
