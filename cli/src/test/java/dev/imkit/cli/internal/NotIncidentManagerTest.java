package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imkit run} against a plain HTTP file server (what {@code python3 -m http.server} does: files for GET,
 * 501 pages for POST): exit 3 in well under ten seconds, one line saying what it answered, a few requests and no
 * retries, and the report of an earlier run left as it was.
 */
class NotIncidentManagerTest {
  @TempDir
  Path dir;

  @Test
  void aPlainFileServerIsExitThreeInOneLine() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      boolean get = exchange.getRequestMethod().equals("GET");
      byte[] page = ("<!DOCTYPE HTML><html><head><title>Error response</title></head><body><h1>Error response</h1>"
          + "<p>Error code: " + (get ? 404 : 501) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
      exchange.sendResponseHeaders(get ? 404 : 501, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    });
    server.start();
    // an earlier run's reports, which a run that cannot start must leave as they are
    assertThat(Cli.run("run", "--only", "PROTO-SUCCESS-GetResponsePlan", "--report-dir", dir.toString()).exitCode())
        .isZero();
    Path earlier = dir.resolve("report.html");
    String before = Files.readString(earlier);
    try {
      long start = System.nanoTime();
      Cli.Outcome outcome = Cli.run("run", "--endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
          "--access-key-id", "AKID", "--secret-access-key", "secret", "--report-dir", dir.toString());
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(3);
      assertThat(millis).isLessThan(10_000);
      assertThat(outcome.errLines()).filteredOn(l -> l.startsWith("imkit run:")).singleElement().asString()
          .startsWith("imkit run: HTTP 501 text/html to ListResponsePlans; HTTP 404 text/html to GetResponsePlan; "
              + "HTTP 501 text/html to ListReplicationSets: not an ssm-incidents endpoint");
      assertThat(outcome.err()).doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(outcome.out()).isEmpty();
      assertThat(requests.get()).isEqualTo(3);
      assertThat(Files.readString(earlier)).isEqualTo(before);
    } finally {
      server.stop(0);
    }
  }
}
