package dev.imkit.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.imkit.emulator.internal.wire.ApiError;
import dev.imkit.emulator.internal.wire.Errors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body, refusing one over the limit with 413. A refused body is still read and dropped up to
 * a second, larger limit, so the client reads the 413 (closing a socket with unread input resets it and the
 * answer is lost); past that the connection is closed.
 */
final class BodyReader {
  /** The largest body accepted; the contract's largest plausible input is far smaller. */
  static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
  /** How much of a refused body is read and dropped before the connection is closed instead. */
  static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

  private BodyReader() {
  }

  static byte[] read(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    long length = declared != null && declared.trim().matches("[0-9]{1,18}") ? Long.parseLong(declared.trim()) : -1;
    InputStream in = exchange.getRequestBody();
    if (length > MAX_BODY_BYTES) {
      throw tooLarge(exchange, in, length > MAX_DRAINED_BYTES);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length < 0 ? 256 : (int) length);
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_BODY_BYTES) {
        throw tooLarge(exchange, in, false);
      }
    }
    return out.toByteArray();
  }

  private static ApiError tooLarge(HttpExchange exchange, InputStream in, boolean hopeless) throws IOException {
    if (hopeless || !drained(in)) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    return Errors.protocol("RequestEntityTooLargeException", 413,
        "The request body is larger than " + MAX_BODY_BYTES + " bytes");
  }

  private static boolean drained(InputStream in) throws IOException {
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > MAX_DRAINED_BYTES) {
        return false;
      }
    }
    return true;
  }
}
