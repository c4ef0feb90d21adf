package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmulatorCommandTest {
  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  @Test
  void servesUntilStoppedAndPrintsItsUrl() throws Exception {
    StringWriter out = new StringWriter();
    Console console = new Console(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), false,
        Map.of());
    AtomicInteger code = new AtomicInteger(-1);
    Thread server = new Thread(() -> code.set(Main.run(new String[] {"emulator", "--port", "0", "--revision",
        "2022-05-12", "--fault", "iso-timestamps"}, console)));
    server.start();
    URI uri = awaitUrl(out);
    assertThat(out.toString()).contains("imkit emulator 2022-05-12 listening on").contains("iso-timestamps");
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("/listResponsePlans"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    // unsigned: the emulator answers as the service does, with a modeled 4xx, not a connection error
    assertThat(answer.statusCode()).isBetween(200, 499);
    server.interrupt();
    server.join(Duration.ofSeconds(10).toMillis());
    assertThat(server.isAlive()).isFalse();
    assertThat(code.get()).isZero();
  }

  @Test
  void listsTheFaults() {
    Cli.Outcome outcome = Cli.run("emulator", "--list-faults");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("success-200-everywhere").contains("iso-timestamps")
        .containsPattern("lenient +COMPOSITE");
  }

  private static URI awaitUrl(StringWriter out) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = URL.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the emulator printed no URL: " + out);
  }
}
