package dev.imkit.emulator.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.support.Raw;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input gets a clear 4xx, never a 500 or a hang, and the server keeps serving others. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
  private Emulator emulator;
  private Raw raw;

  @BeforeAll
  void start() {
    emulator = Emulator.builder().start();
    raw = new Raw(emulator);
  }

  @AfterAll
  void stop() {
    emulator.close();
  }

  @Test
  void aTenMegabyteBodyIsRefusedWith413() throws IOException {
    byte[] big = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    Raw.Answer declared = raw.send(raw.request("/createResponsePlan").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.header("X-Amzn-ErrorType")).isEqualTo("RequestEntityTooLargeException");
    String chunkedStatus = chunked(big);
    assertThat(chunkedStatus).as("a chunked 10 MB body").contains(" 413 ");
    assertServing();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\":", "{\"name\" \"x\"}", "[1,2]", "42", "\"text\"", "{} {}", "nul"})
  void malformedOrNonObjectJsonIsASerializationException(String body) {
    Raw.Answer answer = raw.post("/listResponsePlans", body);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("SerializationException");
    assertThat(answer.json().get("message").asText()).isNotBlank();
  }

  @Test
  void tenThousandLevelsOfNestingAreASerializationException() {
    String deep = "{\"filters\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    Raw.Answer answer = raw.post("/listIncidentRecords", deep);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("nested deeper");
    String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(raw.post("/listIncidentRecords", deepObject).status()).isEqualTo(400);
  }

  @Test
  void invalidUtf8IsASerializationException() {
    byte[] body = "{\"name\":\"x\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    Raw.Answer answer = raw.send(raw.request("/listResponsePlans").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("SerializationException");
  }

  @Test
  void aBodyThatIsNotLabelledJsonIsASerializationException() {
    Raw.Answer answer = raw.send(raw.request("/listResponsePlans").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("application/json");
  }

  @Test
  void aBrokenPercentEscapeIsRefusedClearly() throws IOException {
    try (Socket s = new Socket(emulator.uri().getHost(), emulator.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(("GET /tags/arn%3 HTTP/1.1\r\nHost: x\r\nAuthorization: " + Raw.AUTH
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      assertThat(statusLine(s.getInputStream())).startsWith("HTTP/1.1 400");
    }
    assertServing();
  }

  @Test
  void slowClientsDoNotStopOthersBeingServed() throws IOException {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket s = new Socket(emulator.uri().getHost(), emulator.port());
        s.getOutputStream().write(("POST /listResponsePlans HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      long start = System.nanoTime();
      for (int i = 0; i < 20; i++) {
        assertServing();
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  private void assertServing() {
    assertThat(raw.post("/listResponsePlans", "{}").status()).isEqualTo(200);
  }

  private String chunked(byte[] body) throws IOException {
    try (Socket s = new Socket(emulator.uri().getHost(), emulator.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /createResponsePlan HTTP/1.1\r\nHost: x\r\nAuthorization: " + Raw.AUTH
          + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      try {
        for (int off = 0; off < body.length; off += 65536) {
          out.write((Integer.toHexString(65536) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body, off, 65536);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } catch (IOException closedEarly) {
        // the server may answer and close before the whole body is sent
      }
      return statusLine(s.getInputStream());
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
      line.write(c);
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
