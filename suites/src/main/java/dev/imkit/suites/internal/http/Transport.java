package dev.imkit.suites.internal.http;

import java.io.IOException;

/** Sends one request and reads the whole answer. Implementations are safe for concurrent use. */
public interface Transport {

  HttpAnswer send(HttpCall call) throws IOException;
}
